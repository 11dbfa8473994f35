using System.Globalization;
using Khabar.Archive.Search;

namespace Khabar.Web.Ui;

/// <summary>
/// Attention over time as an SVG bar chart drawn on the server: one bar per Jalali month, time running right to
/// left as the page reads, each bar a link that narrows the search to its month.
/// </summary>
internal static class AttentionChart
{
    private const double Width = 720, Height = 170, Top = 14, Bottom = 26, Right = 44, Left = 8;

    /// <summary>Writes the chart; <paramref name="link"/> gives the URL of a month's search.</summary>
    public static void Write(Html html, IReadOnlyList<AttentionPeriod> periods, Func<AttentionPeriod, string> link)
    {
        var max = Math.Max(1, periods.Max(p => p.Count));
        var plotWidth = Width - Right - Left;
        var plotHeight = Height - Top - Bottom;
        var slot = plotWidth / periods.Count;
        var bar = Math.Min(56, Math.Max(1.5, slot * 0.72));
        var total = periods.Sum(p => p.Count);

        html.Open("figure", ("class", "attention"))
            .Element("figcaption", periods.Count == 1
                ? $"توجه در گذر زمان: {Fa.Number(total)} خبر در {Fa.Month(periods[0].Label)}"
                : $"توجه در گذر زمان: {Fa.Number(total)} خبر در {Fa.Number(periods.Count)} ماه، از {Fa.Month(periods[0].Label)} تا {Fa.Month(periods[^1].Label)}")
            .Open("svg", ("class", "chart"), ("viewBox", $"0 0 {Width} {Height}"), ("role", "img"),
                ("aria-label", $"شمار خبرها در هر ماه، از {Fa.Month(periods[0].Label)} تا {Fa.Month(periods[^1].Label)}"));

        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            var y = Top + plotHeight * (1 - fraction);
            html.Open("line", ("class", fraction == 0 ? "axis" : "grid"), ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(y)), ("y2", N(y))).Close("line");
            if (fraction == 1 || (fraction > 0 && max >= 4))
            {
                html.Element("text", Fa.Number((long)Math.Round(max * fraction, MidpointRounding.AwayFromZero)), ("class", "y"), ("x", N(Width - Right + 6)), ("y", N(y + 4)));
            }
        }

        var step = LabelStep(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var slotRight = Width - Right - i * slot;
            var center = slotRight - slot / 2;
            if (period.Count > 0)
            {
                var h = Math.Max(1.5, plotHeight * period.Count / max);
                html.Open("a", ("href", link(period)), ("class", "bar"))
                    .Open("rect", ("x", N(center - bar / 2)), ("y", N(Top + plotHeight - h)), ("width", N(bar)), ("height", N(h)), ("rx", "1.5"))
                    .Element("title", $"{Fa.Month(period.Label)}: {Fa.Number(period.Count)} خبر")
                    .Close("rect").Close("a");
            }

            if (Labelled(period.Label, i, periods.Count, step))
            {
                var text = step == 1 ? Fa.MonthName(Month(period.Label)) : Fa.Month(period.Label).Split(' ')[1];
                html.Element("text", text, ("class", "x"), ("x", N(center)), ("y", N(Height - 8)));
            }
        }

        html.Close("svg").Close("figure");
    }

    // Up to a year, every month is named; beyond, years are, every so many so the labels never overlap.
    private static int LabelStep(int months) => months <= 12 ? 1 : 12 * (int)Math.Ceiling(months / 12.0 / 10);

    private static bool Labelled(string label, int index, int count, int step) =>
        step == 1 || (Month(label) == 1 && Year(label) % (step / 12) == 0) || (count < 24 && index == 0);

    private static int Month(string label) => int.Parse(label.AsSpan(5, 2), CultureInfo.InvariantCulture);

    private static int Year(string label) => int.Parse(label.AsSpan(0, 4), CultureInfo.InvariantCulture);

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
