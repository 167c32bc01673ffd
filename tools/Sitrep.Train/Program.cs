using Sitrep.Train;

if (args.Length == 0 || args[0] is not ("pos" or "ner" or "lexicon"))
{
    Console.Error.WriteLine("usage: Sitrep.Train lexicon|pos|ner [--train F] [--dev F] [--out F] [--epochs N] [--seed S] [--bits B]");
    return 2;
}

var options = TrainOptions.Parse(args);
return args[0] switch
{
    "pos" => PosTrainer.Run(options),
    "ner" => NerTrainer.Run(options),
    _ => LexiconBuilder.Run(options),
};
