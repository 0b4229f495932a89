using System.Globalization;
using LinkJ.Partnerships.Benchmarks;

// dotnet run -c Release --project tests/LinkJ.Partnerships.Benchmarks -- [--sizes 1000,50000] [--duration 10] [--warmup 3]
//   [--cache on|off|both] [--only staff,admin] (scenarios whose name contains one of the words; the static file always runs)
var options = BenchmarkOptions.Parse(args);
var workspace = Workspace.Create(options.Workspace);
Console.WriteLine($"Publishing the app (Release) to {workspace.AppFolder} ...");
await workspace.PublishAsync();
var wrk = new Wrk(options.Connections, options.WarmUp, options.Duration, workspace.Root);
var report = new Report();

foreach (var agreements in options.Sizes)
{
    var organizations = Math.Max(50, agreements / 5);
    Console.WriteLine($"Generating {organizations} organizations and {agreements} agreements ...");
    var generation = await workspace.GenerateAsync(organizations, agreements, options.Seed);
    report.Generated(agreements, organizations, generation);

    foreach (var cached in options.CacheModes)
    {
        await using var app = await AppProcess.StartAsync(workspace, cached, options.Port);
        Console.WriteLine($"App up (output cache {(cached ? "on" : "off")}) in {app.TimeToFirst200.TotalMilliseconds:0} ms; running wrk ...");
        var scenarios = (await Scenarios.PrepareAsync(app.BaseAddress, workspace))
            .Where(s => s.Name == Scenarios.StaticName || options.Only.Count == 0 || options.Only.Any(w => s.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var scenario in scenarios)
        {
            await wrk.WarmUpAsync(new Uri(app.BaseAddress, scenario.Path), scenario.Lua, scenario.Connections);
        }

        var rows = new List<Report.Row>();
        foreach (var scenario in scenarios.Append(scenarios[0] with { Name = Scenarios.StaticName + ", again" }))
        {
            var result = await wrk.RunAsync(new Uri(app.BaseAddress, scenario.Path), scenario.Lua, scenario.Connections);
            Console.WriteLine($"  {scenario.Name,-22} {result.RequestsPerSecond,9:0} req/s  p50 {result.P50Milliseconds,7:0.00} ms  p99 {result.P99Milliseconds,7:0.00} ms  errors {result.Errors}");
            rows.Add(new Report.Row(scenario.Name, scenario.Path, result));
        }

        if (options.Only.Count == 0 || options.Only.Any(w => FirstVisits.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            var visits = await FirstVisits.MeasureAsync(app.BaseAddress, 200);
            Console.WriteLine($"  {FirstVisits.Name,-22} {visits.Requests} profiles, one at a time: p50 {visits.P50Milliseconds:0.00} ms  p99 {visits.P99Milliseconds:0.00} ms");
            rows.Add(new Report.Row(FirstVisits.Name, "/partners/{slug} of 200 partners", visits));
        }

        report.Add(new Report.Run(agreements, cached, app.TimeToFirst200, app.PeakRssMegabytes(), rows));
    }
}

Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report.ToMarkdown());
}

internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes, int Seed, int Connections, TimeSpan WarmUp, TimeSpan Duration, int Port, string? Workspace, string? Output,
    IReadOnlyList<bool> CacheModes, IReadOnlyList<string> Only)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var sizes = (Value("--sizes") ?? "1000,50000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return new BenchmarkOptions(
            sizes, Number("--seed", 1), Number("--connections", 32), TimeSpan.FromSeconds(Number("--warmup", 3)),
            TimeSpan.FromSeconds(Number("--duration", 10)), Number("--port", 5099), Value("--workspace"), Value("--output"),
            Value("--cache") switch { "on" => [true], "off" => [false], _ => [true, false] },
            (Value("--only") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}
