using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>Splits unit vectors in two by spherical 2-means, recursively, and reports each vector's path.</summary>
internal sealed class BisectingKMeans(float[] vectors, int dims, int maxDepth, int seed)
{
    private const int Iterations = 8;
    private const int MinSize = 4;
    private readonly Random random = new(seed);

    public ClusterPath[] Paths(int count)
    {
        var paths = new ClusterPath[count];
        var pending = new Queue<(int[] Members, int Bits, int Depth)>();
        pending.Enqueue((Enumerable.Range(0, count).ToArray(), 0, 0));
        while (pending.Count > 0)
        {
            var (members, bits, depth) = pending.Dequeue();
            foreach (var m in members)
            {
                paths[m] = new ClusterPath(bits, depth);
            }

            if (depth >= maxDepth || members.Length < 2 * MinSize)
            {
                continue;
            }

            var side = Split(members);
            var left = members.Where((_, i) => !side[i]).ToArray();
            var right = members.Where((_, i) => side[i]).ToArray();
            if (left.Length == 0 || right.Length == 0)
            {
                continue;
            }

            pending.Enqueue((left, bits << 1, depth + 1));
            pending.Enqueue((right, (bits << 1) | 1, depth + 1));
        }

        return paths;
    }

    private bool[] Split(int[] members)
    {
        var a = Row(members[random.Next(members.Length)]).ToArray();
        var b = Row(members[random.Next(members.Length)]).ToArray();
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var sumA = new float[dims];
            var sumB = new float[dims];
            for (var i = 0; i < members.Length; i++)
            {
                var row = Row(members[i]);
                side[i] = Dot(row, b) > Dot(row, a);
                var sum = side[i] ? sumB : sumA;
                for (var d = 0; d < dims; d++)
                {
                    sum[d] += row[d];
                }
            }

            a = Unit(sumA);
            b = Unit(sumB);
        }

        return side;
    }

    // Centroids of unit length, or the larger half would win every comparison.
    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (var d = 0; d < v.Length; d++)
            {
                v[d] /= norm;
            }
        }

        return v;
    }

    private ReadOnlySpan<float> Row(int member) => vectors.AsSpan(member * dims, dims);

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var width = System.Numerics.Vector<float>.Count;
        var sum = System.Numerics.Vector<float>.Zero;
        var i = 0;
        for (; i + width <= x.Length; i += width)
        {
            sum += new System.Numerics.Vector<float>(x[i..]) * new System.Numerics.Vector<float>(y[i..]);
        }

        var total = System.Numerics.Vector.Sum(sum);
        for (; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }

        return total;
    }
}
