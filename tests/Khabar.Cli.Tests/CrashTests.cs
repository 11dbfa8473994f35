using System.Diagnostics;
using System.Text.Json;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Entities.Learning;
using Microsoft.Data.Sqlite;

namespace Khabar.Cli.Tests;

/// <summary>
/// kill -9 in the middle of a large ingest, then again: nothing lost, nothing twice, index equal to store, and what the
/// archive learned of the people named equal to what the stored articles teach.
/// </summary>
public sealed class CrashTests
{
    private const int Records = 12_000;

    [Fact]
    public async Task An_ingest_killed_midway_loses_nothing_and_duplicates_nothing_when_run_again()
    {
        var folder = Directory.CreateTempSubdirectory("khabar-crash-").FullName;
        try
        {
            var input = Path.Combine(folder, "big.jsonl");
            await File.WriteAllLinesAsync(input, Enumerable.Range(0, Records).Select(Record));
            var archive = Path.Combine(folder, "archive");

            var database = Path.Combine(archive, KhabarArchive.StoreFile);
            foreach (var target in new[] { 1_500, 4_000 })
            {
                using var process = Start(archive, input);
                await WaitForStoreCount(database, target, process);
                Assert.False(process.HasExited, "the ingest finished before it could be killed; make the input larger");
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();

                Assert.InRange(StoreCount(database), target, Records - 1);
            }

            using (var finisher = Start(archive, input))
            {
                await finisher.WaitForExitAsync();
                Assert.True(finisher.ExitCode == 0, await finisher.StandardError.ReadToEndAsync());
            }

            using var opened = KhabarArchive.Open(archive);
            Assert.Equal(Records, opened.Store.Count);
            Assert.Equal(Records, opened.Index.Count);
            var (response, _) = opened.Searcher().Search(new SearchRequest("شماره۱۲۳۴"));
            Assert.Equal("rec-1234", Assert.Single(response!.Hits).Article.SourceId);

            var taught = new LearnedNames();
            var (naming, writing) = (0, 0);
            foreach (var stored in opened.Store.ChangedSince(0))
            {
                taught.Add(TaughtEntity.Of(stored.Article.Entities));
                naming += stored.Article.Entities.Any(e => e.CanonicalId == "per:علی_لاریجانی") ? 1 : 0;
                writing += TaughtEntity.Writes(stored.Article.Entities, "per:علی_لاریجانی") ? 1 : 0;
            }

            // Every fourth record names him in full, the others by surname only, linked to him once two are stored;
            // only those that write his name whole count for him.
            var (entities, names) = opened.Store.ReadLearned();
            var person = Assert.Single(entities, e => e.Id == "per:علی_لاریجانی");
            Assert.Equal(writing, person.Articles);
            Assert.Equal(Records / 4, writing);
            Assert.True(naming > Records / 2, $"{naming} articles name him");
            Assert.Equal(taught.Entities().Select(e => (e.Id, e.Articles)).Order(), entities.Select(e => (e.Id, e.Articles)).Order());
            Assert.Equal(taught.Names().Order(Comparer<LearnedName>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))),
                names.Order(Comparer<LearnedName>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    // Kill only once the store shows progress, so the kill lands in the middle whatever the machine's speed.
    private static async Task WaitForStoreCount(string database, long target, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!process.HasExited && DateTime.UtcNow < deadline && StoreCount(database) < target)
        {
            await Task.Delay(50);
        }
    }

    private static long StoreCount(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static string Record(int i) => JsonSerializer.Serialize(new
    {
        id = $"rec-{i}",
        title = $"گزارش شماره {i} از بازار",
        body = $"این متن آزمایشی شماره{i} درباره بازار و قیمت‌ها است.\nبند دوم گزارش {i} هیئت‌های بازرگانی را نام می‌برد.\n"
            + (i % 4 == 0 ? "علی لاریجانی، مشاور رهبر انقلاب، امروز در تهران درباره بازار سخن گفت." : "لاریجانی امروز در تهران درباره بازار سخن گفت."),
        newsCode = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        link = $"https://www.isna.ir/news/{i}",
    });

    private static Process Start(string archive, string input)
    {
        var khabar = Path.Combine(AppContext.BaseDirectory, "khabar.dll");
        var start = new ProcessStartInfo("dotnet", [khabar, "ingest", "--archive", archive, input])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }
}
