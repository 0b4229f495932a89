using System.Globalization;
using System.Text;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>The figures of one benchmark run, as the Markdown tables docs/performance.md shows.</summary>
public sealed class Report
{
    public sealed record Row(string Name, string Path, Wrk.Result Result);

    public sealed record Run(string Provider, int Agreements, bool OutputCache, TimeSpan TimeToFirst200, double PeakRssMegabytes, IReadOnlyList<Row> Rows);

    private readonly List<Run> _runs = [];
    private readonly List<string> _generation = [];
    private readonly List<(int Agreements, TwoInstances.Figures Figures)> _pairs = [];

    public void Generated(string provider, int agreements, int organizations, TimeSpan elapsed) =>
        _generation.Add($"- {provider}, {agreements:N0} agreements, {organizations:N0} organizations: generated in {elapsed.TotalSeconds:0.0} s (whole command, process start included)");

    public void Add(Run run) => _runs.Add(run);

    public void AddTwoInstances(int agreements, TwoInstances.Figures figures) => _pairs.Add((agreements, figures));

    public string ToMarkdown(bool withRuns = true)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(Environment.NewLine, _generation)).AppendLine();
        if (!withRuns)
        {
            return text.ToString();
        }

        text.AppendLine("| database | agreements | output cache | scenario | connections | req/s | p50 ms | p99 ms | ÷ static | errors |");
        text.AppendLine("| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in _runs)
        {
            // The static file is measured first and last; the reference is the mean, so a process that is still
            // warming up (JIT tiers, GC heaps) or a neighbour's burst does not favour the pages measured in between.
            var reference = run.Rows.Where(r => r.Name.StartsWith(Scenarios.StaticName, StringComparison.Ordinal)).Average(r => r.Result.RequestsPerSecond);
            foreach (var row in run.Rows)
            {
                var r = row.Result;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {run.Provider} | {run.Agreements:N0} | {(run.OutputCache ? "on" : "off")} | {row.Name} (`{row.Path}`) | {r.Connections} | {r.RequestsPerSecond:0} | {r.P50Milliseconds:0.00} | {r.P99Milliseconds:0.00} | {r.RequestsPerSecond / reference:0.00} | {r.Errors} |");
            }
        }

        text.AppendLine().AppendLine("| database | agreements | output cache | start to first 200 | peak RSS |").AppendLine("| --- | ---: | --- | ---: | ---: |");
        foreach (var run in _runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Provider} | {run.Agreements:N0} | {(run.OutputCache ? "on" : "off")} | {run.TimeToFirst200.TotalMilliseconds:0} ms | {run.PeakRssMegabytes:0} MB |");
        }

        if (_pairs.Count > 0)
        {
            text.AppendLine().AppendLine("Directory, first page, output cache off, on PostgreSQL: one instance alone, then both at once.").AppendLine();
            text.AppendLine("| agreements | one instance req/s (p99 ms) | two: first req/s (p99 ms) | two: second req/s (p99 ms) | two: sum req/s | sum ÷ one | second's start to first 200 |");
            text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (agreements, f) in _pairs)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {agreements:N0} | {f.Alone.RequestsPerSecond:0} ({f.Alone.P99Milliseconds:0.00}) | {f.First.RequestsPerSecond:0} ({f.First.P99Milliseconds:0.00}) | {f.Second.RequestsPerSecond:0} ({f.Second.P99Milliseconds:0.00}) | {f.SumRequestsPerSecond:0} | {f.SumRequestsPerSecond / f.Alone.RequestsPerSecond:0.00} | {f.SecondTimeToFirst200.TotalMilliseconds:0} ms |");
            }
        }

        return text.ToString();
    }
}
