namespace Khabar.Entities.Training;

/// <summary>Perceptron weights with their running average (the usual lazy sum of step × update).</summary>
internal sealed class Averaged(int size)
{
    private readonly double[] sums = new double[size];
    private long step = 1;

    /// <summary>The weights as they are now.</summary>
    public float[] Current { get; } = new float[size];

    /// <summary>Adds to one weight.</summary>
    public void Add(int at, float delta)
    {
        Current[at] += delta;
        sums[at] += step * (double)delta;
    }

    /// <summary>Counts one example.</summary>
    public void Tick() => step++;

    /// <summary>The averaged weights.</summary>
    public float[] Final()
    {
        var result = new float[Current.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (float)(Current[i] - sums[i] / step);
        }

        return result;
    }
}
