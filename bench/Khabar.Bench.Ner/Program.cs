using Khabar.Bench.Ner;

return args.FirstOrDefault() switch
{
    "eval" => Evaluate.Run(args[1..]),
    "train" => Train.Run(args[1..]),
    "speed" => Speed.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Khabar.Bench.Ner <command> [options]
          eval peyma|arman|shipped [--epochs N] [--no-clusters] [--with-other]
                                    phrase-level P/R/F1: PEYMA train→dev; ARMAN train_k→test_k;
                                    the shipped recipe on PEYMA dev and ParsTwiNER test; --with-other adds
                                    the other corpus to training (all of ARMAN for PEYMA, PEYMA train for ARMAN)
          train [--out FILE]        train the shipped model (default models/ner-fa.model.gz)
          speed [--model FILE] [--dump FILE]
                                    tagging speed on one thread: tokens/s on PEYMA dev + ARMAN test 1, and
                                    EntityStage.Find per article on 1,000 ISNA articles (--dump writes every mention)
        Data is read from ../shared/data (override: --data DIR); clusters are cached in .build/ner/.
        """);
    return 2;
}
