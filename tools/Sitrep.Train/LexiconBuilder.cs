namespace Sitrep.Train;

internal static class LexiconBuilder
{
    public static int Run(TrainOptions o) => o is null ? 2 : 2;
}
