using Khabar.Bench.Ner;

return args.FirstOrDefault() switch
{
    "eval" => Evaluate.Run(args[1..]),
    "cv" => CrossValidate.Run(args[1..]),
    "train" => Train.Run(args[1..]),
    "speed" => Speed.Run(args[1..]),
    "dump" => Dump.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Khabar.Bench.Ner <command> [options]
          eval peyma|arman|shipped [--single] [--epochs N] [--lexicon K] [--no-clusters] [--no-wide] [--news-names [--news-min N]] [--iob2] [--doc K] [--perceptron] [--l2 C] [--rate R]
                                    phrase-level P/R/F1: PEYMA train→dev; ARMAN train_k→test_k (each with the other
                                    corpora added, as the shipped recipe trains; --single: the target corpus alone);
                                    the shipped model's recipe on PEYMA dev and ParsTwiNER test (shipped --model FILE:
                                    that file, as written, without training)
          cv peyma|arman [--folds K] [--single] [--epochs N] [--min-count N] [--lexicon K] [--no-wide] [--news-names [--news-min N]] [--iob2] [--doc K] [--perceptron] [--l2 C] [--rate R] [--fold I] [--via-file] [--errors FILE] [--train-share X]
                                    k-fold cross-validation inside PEYMA train or ARMAN train_fold1 (for choosing settings;
                                    --fold I runs fold I alone; --via-file scores each model as written to a file;
                                    --errors FILE writes each fold's PER/ORG/LOC phrase errors by kind to FILE.1, FILE.2…;
                                    --train-share X, 0 < X ≤ 1: each training corpus of a fold cut to its first X share
                                    of sentences, for a learning curve; the test part is not cut)
                                    --news-names: train in two passes, the second with the names the first finds in the
                                    news text (NerRecipe.TrainWithNewsNames; measured, not shipped: see the model card)
                                    --iob2: the tagger learns B/I tags as models before ner-fa-4 (default BILOU: a
                                    name's last token and one-token names apart; read out as IOB2 either way)
                                    --doc K: each token also gets the words beside its word's other occurrences within
                                    K sentences either side (the corpora are in article order; default 8 as ner-fa-5,
                                    --doc 0 as before)
                                    --perceptron: an averaged perceptron learns the weights, as models before ner-fa-6
                                    (default a CRF: --l2 C its L2 penalty, default 4; --rate R its first learning rate,
                                    default 0.1)
          train [--out FILE]        train the shipped model (default models/ner-fa.model.gz)
          speed [--model FILE] [--dump FILE]
                                    tagging speed on one thread: tokens/s on PEYMA dev + ARMAN test 1, and
                                    EntityStage.Find per article on 1,000 ISNA articles (--dump writes every mention)
          dump --out FILE [--model FILE]
                                    the tags of every sentence of PEYMA, ARMAN and ParsTwiNER test and every mention
                                    EntityStage.Find gives on the ISNA, Fars and Varzesh3 articles, for comparing builds
        Data is read from ../shared/data (override: --data DIR); clusters are cached in .build/ner/.
        """);
    return 2;
}
