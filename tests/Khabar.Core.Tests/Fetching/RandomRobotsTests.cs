using Khabar.Fetching;

namespace Khabar.Core.Tests.Fetching;

/// <summary>Random robots.txt files: rules or none, never a throw, and a rule the file states still holds among them.</summary>
public sealed class RandomRobotsTests
{
    private static readonly string[] Lines =
        ["User-agent: *", "User-agent: khabar", "user-agent:", "Disallow: /private", "Allow: /news/", "Disallow:", "Disallow: /*.pdf$",
            "Allow: *", "Disallow: $", "Disallow: /اخبار/*", "Crawl-delay: 10", "Sitemap: https://x.ir/s.xml", "# نظر", ":", "::", "*"];

    [Fact]
    public void Random_robots_files_never_throw()
    {
        var random = new Random(1403_04_01);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", Enumerable.Range(0, random.Next(0, 20))
                .Select(_ => random.Next(3) == 0 ? RandomText.Any(random, 80) : Lines[random.Next(Lines.Length)] + RandomText.Persian(random, 3)));
            var robots = RobotsTxt.Parse(text, "khabar");

            for (var n = 0; n < 5; n++)
            {
                _ = robots.Allows("/" + RandomText.Persian(random, 10));
            }

            var guarded = RobotsTxt.Parse("User-agent: *\nDisallow: /private\n" + text.Replace("User-agent", "x-agent", StringComparison.OrdinalIgnoreCase)
                .Replace("allow", "x", StringComparison.OrdinalIgnoreCase), "khabar");
            Assert.False(guarded.Allows("/private/1"));
        }
    }
}
