namespace Sitrep.Train;

internal static class NerTrainer
{
    public static int Run(TrainOptions o) => o is null ? 2 : 2;
}
