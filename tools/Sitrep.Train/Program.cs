using Sitrep.Train;

if (args.Length == 0 || args[0] is not ("pos" or "parse" or "pos-prune" or "parse-prune" or "parse-decode" or "parse-silver" or "ner" or "ner-cv" or "lexicon" or "newslex" or "events" or "events-cv" or "cameo-lexicon"))
{
    Console.Error.WriteLine("usage: Sitrep.Train lexicon|pos|pos-prune|ner|ner-cv|newslex|parse|parse-prune|parse-decode|parse-silver|events|events-cv|cameo-lexicon [--max-rows N] [--train F] [--dev F] [--out F] [--epochs N] [--seed S] [--bits B]");
    return 2;
}

var options = TrainOptions.Parse(args);
return args[0] switch
{
    "pos" => PosTrainer.Run(options),
    "pos-prune" => PosTrainer.Prune(options),
    "parse" => ParseTrainer.Run(options),
    "parse-prune" => ParseTrainer.Prune(options),
    "parse-decode" => ParseTrainer.Decode(options),
    "parse-silver" => ParseSilver.Run(options),
    "ner" => NerTrainer.Run(options),
    "ner-cv" => NerTrainer.CrossValidate(options),
    "newslex" => NewsLexiconBuilder.Run(options),
    "events" => EventTrainer.Run(options, crossValidate: false),
    "events-cv" => EventTrainer.Run(options, crossValidate: true),
    "cameo-lexicon" => CameoLexiconBuilder.Run(options),
    _ => LexiconBuilder.Run(options),
};
