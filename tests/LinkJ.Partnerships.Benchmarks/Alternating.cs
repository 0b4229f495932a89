using System.Globalization;
using System.Text;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>
/// A growth target (50,000 ÷ 1,000) measured with both sizes' apps up at once, nothing cached, taking turns: each
/// round measures every size once, back to back, so a neighbour's burst or the machine's drift falls on both sides of
/// a round's ratio rather than on one size's whole run. The sequential run measures each size minutes apart, and on a
/// shared 2-core machine the later one may meet another load altogether (docs/performance.md).
/// </summary>
internal static class Alternating
{
    public sealed record Figures(string Provider, string Scenario, IReadOnlyList<int> Sizes, IReadOnlyList<IReadOnlyList<Wrk.Result>> Rounds);

    public static async Task<IReadOnlyList<Figures>> MeasureAsync(
        Wrk wrk, Workspace workspace, BenchmarkOptions options, string provider, Func<int, IBenchmarkDatabase> database, Report report)
    {
        var databases = new List<IBenchmarkDatabase>();
        var apps = new List<AppProcess>();
        try
        {
            foreach (var agreements in options.Sizes)
            {
                var db = database(agreements);
                databases.Add(db);
                var organizations = Math.Max(50, agreements / 5);
                Console.WriteLine($"{db.Provider}: generating {organizations} organizations and {agreements} agreements ...");
                report.Generated(db.Provider, agreements, organizations, await workspace.GenerateAsync(db, organizations, agreements, options.Seed));
            }

            for (var i = 0; i < databases.Count; i++)
            {
                apps.Add(await AppProcess.StartAsync(workspace, databases[i], outputCache: false, options.Port + i));
            }

            var scenarios = new List<IReadOnlyList<Scenarios.Scenario>>();
            foreach (var app in apps)
            {
                scenarios.Add((await Scenarios.PrepareAsync(app.BaseAddress, workspace))
                    .Where(s => !s.Writes && s.Name != Scenarios.StaticName && options.Only.Any(w => s.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    .ToList());
            }

            for (var i = 0; i < apps.Count; i++)
            {
                foreach (var scenario in scenarios[i])
                {
                    await wrk.WarmUpAsync(new Uri(apps[i].BaseAddress, scenario.Path), scenario.Lua, scenario.Connections);
                }
            }

            Console.WriteLine($"  settled {(await AppProcess.WaitUntilIdleAsync(apps)).TotalSeconds:0} s after the warm-ups");
            var figures = new List<Figures>();
            for (var s = 0; s < scenarios[0].Count; s++)
            {
                var rounds = new List<IReadOnlyList<Wrk.Result>>();
                for (var round = 0; round < options.Alternate; round++)
                {
                    // Every other round the larger size goes first, so neither side is always measured right after the other.
                    var order = Enumerable.Range(0, apps.Count).ToList();
                    if (round % 2 == 1)
                    {
                        order.Reverse();
                    }

                    var results = new Wrk.Result[apps.Count];
                    foreach (var i in order)
                    {
                        var scenario = scenarios[i][s];
                        results[i] = await wrk.RunAsync(new Uri(apps[i].BaseAddress, scenario.Path), scenario.Lua, scenario.Connections);
                    }

                    Console.WriteLine($"  {scenarios[0][s].Name}, round {round + 1}: " +
                        string.Join("; ", options.Sizes.Select((size, i) => $"{size:N0}: p50 {results[i].P50Milliseconds:0.00} ms, p99 {results[i].P99Milliseconds:0.00} ms")));
                    rounds.Add(results);
                }

                figures.Add(new Figures(provider, scenarios[0][s].Name, options.Sizes, rounds));
            }

            return figures;
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }

            foreach (var db in databases)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>Each size's median p50 and p99 over the rounds, and the largest size's ratio to the smallest, round by round.</summary>
    public static string ToMarkdown(IEnumerable<Figures> all)
    {
        var text = new StringBuilder();
        text.AppendLine("| database | scenario | rounds | agreements | p50 ms (median, range) | p99 ms (median, range) |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        var ratios = new StringBuilder();
        ratios.AppendLine("| database | scenario | largest ÷ smallest, p50: median (range), rounds within 2× | p99: median (range), rounds within 2× |");
        ratios.AppendLine("| --- | --- | --- | --- |");
        foreach (var f in all)
        {
            for (var i = 0; i < f.Sizes.Count; i++)
            {
                var p50 = f.Rounds.Select(r => r[i].P50Milliseconds).ToList();
                var p99 = f.Rounds.Select(r => r[i].P99Milliseconds).ToList();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {f.Provider} | {f.Scenario} | {f.Rounds.Count} | {f.Sizes[i]:N0} | {Median(p50):0.00} ({p50.Min():0.00}–{p50.Max():0.00}) | {Median(p99):0.00} ({p99.Min():0.00}–{p99.Max():0.00}) |");
            }

            var last = f.Sizes.Count - 1;
            ratios.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Provider} | {f.Scenario} | {Ratios(f, last, r => r.P50Milliseconds)} | {Ratios(f, last, r => r.P99Milliseconds)} |");
        }

        return text.AppendLine().Append(ratios).ToString();
    }

    private static string Ratios(Figures f, int last, Func<Wrk.Result, double> figure)
    {
        var ratios = f.Rounds.Select(r => figure(r[last]) / figure(r[0])).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Median(ratios):0.00}× ({ratios.Min():0.00}–{ratios.Max():0.00}×), {ratios.Count(r => r <= 2)} of {ratios.Count}");
    }

    private static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
