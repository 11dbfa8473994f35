namespace Khabar.Entities.Training;

/// <summary>How a tagger's weights are learned.</summary>
public enum Learner
{
    /// <summary>Averaged structured perceptron.</summary>
    Perceptron,

    /// <summary>Linear-chain CRF fitted by stochastic gradient descent.</summary>
    Crf,
}
