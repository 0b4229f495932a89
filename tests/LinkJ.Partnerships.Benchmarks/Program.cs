using LinkJ.Partnerships.Benchmarks;

// dotnet run -c Release --project tests/LinkJ.Partnerships.Benchmarks -- [--sizes 1000,50000] [--duration 10] [--warmup 3]
//   [--cache on|off|both] [--only staff,admin] (scenarios whose name contains one of the words; the static file always runs)
//   [--provider sqlite|postgresql|sqlite,postgresql] [--postgres "Host=...;Port=...;Username=..."] (or LINKJ_BENCH_POSTGRES)
//   [--instances 2] (PostgreSQL: the cache-miss directory on two app processes at once, port and port + 1)
//   [--alternate 8] (with --only: every size's app up at once, nothing cached, the sizes taking turns for 8 rounds;
//   for a growth target's ratio, instead of the sequential run)
var options = BenchmarkOptions.Parse(args);
var workspace = Workspace.Create(options.Workspace);
Console.WriteLine($"Publishing the app (Release) to {workspace.AppFolder} ...");
await workspace.PublishAsync();
var wrk = new Wrk(options.Connections, options.WarmUp, options.Duration, workspace.Root);
var report = new Report();

if (options.Alternate > 0)
{
    var figures = new List<Alternating.Figures>();
    foreach (var provider in options.Providers)
    {
        figures.AddRange(await Alternating.MeasureAsync(wrk, workspace, options, provider, agreements => provider == BenchmarkOptions.Postgres
            ? new PostgresBenchmarkDatabase(options.PostgresServer!, agreements)
            : new SqliteBenchmarkDatabase(workspace.SqlitePath(agreements)), report));
    }

    var markdown = report.ToMarkdown(withRuns: false) + Environment.NewLine + Alternating.ToMarkdown(figures);
    Console.WriteLine();
    Console.WriteLine(markdown);
    if (options.Output is { } alternatingOutput)
    {
        await File.WriteAllTextAsync(alternatingOutput, markdown);
    }

    return;
}

foreach (var agreements in options.Sizes)
{
    // Both providers at one size run back to back, so their figures share the machine's state.
    foreach (var provider in options.Providers)
    {
        await using IBenchmarkDatabase database = provider == BenchmarkOptions.Postgres
            ? new PostgresBenchmarkDatabase(options.PostgresServer!, agreements)
            : new SqliteBenchmarkDatabase(workspace.SqlitePath(agreements));
        var organizations = Math.Max(50, agreements / 5);
        Console.WriteLine($"{database.Provider}: generating {organizations} organizations and {agreements} agreements ...");
        var generation = await workspace.GenerateAsync(database, organizations, agreements, options.Seed);
        report.Generated(database.Provider, agreements, organizations, generation);

        foreach (var cached in options.CacheModes)
        {
            await using var app = await AppProcess.StartAsync(workspace, database, cached, options.Port);
            Console.WriteLine($"App up (output cache {(cached ? "on" : "off")}) in {app.TimeToFirst200.TotalMilliseconds:0} ms; running wrk ...");
            var rows = await MeasureScenariosAsync(app);
            report.Add(new Report.Run(database.Provider, agreements, cached, app.TimeToFirst200, app.PeakRssMegabytes(), rows));

            if (options.Instances == 2 && !cached && provider == BenchmarkOptions.Postgres)
            {
                var pair = await TwoInstances.MeasureAsync(wrk, workspace, database, app, options.Port + 1);
                Console.WriteLine($"  one instance {pair.Alone.RequestsPerSecond:0} req/s; two: {pair.First.RequestsPerSecond:0} + {pair.Second.RequestsPerSecond:0} = {pair.SumRequestsPerSecond:0} req/s");
                report.AddTwoInstances(agreements, pair);
            }
        }
    }
}

Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report.ToMarkdown());
}

async Task<List<Report.Row>> MeasureScenariosAsync(AppProcess app)
{
    var scenarios = (await Scenarios.PrepareAsync(app.BaseAddress, workspace))
        .Where(s => s.Name == Scenarios.StaticName || options.Only.Count == 0 || options.Only.Any(w => s.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
        .ToList();
    // A scenario that writes is warmed only by the warm-up that precedes its own run (and it runs last), so every
    // page that reads is measured on the registry as generated, not with the thousands of organizations a write
    // scenario's warm-up would have added at one size and not in proportion at the other.
    foreach (var scenario in scenarios.Where(s => !s.Writes))
    {
        await wrk.WarmUpAsync(new Uri(app.BaseAddress, scenario.Path), await LuaAsync(app, scenario), scenario.Connections);
    }

    var rows = new List<Report.Row>();
    foreach (var scenario in scenarios.Append(scenarios[0] with { Name = Scenarios.StaticName + ", again" }))
    {
        await AppProcess.WaitUntilIdleAsync([app]);
        var lua = await LuaAsync(app, scenario);
        var result = await wrk.RunAsync(new Uri(app.BaseAddress, scenario.Path), lua, scenario.Connections);
        if (scenario.Revalidates && await LuaAsync(app, scenario) != lua)
        {
            // The tag moved during the run, so some answers were 200s: the figure is not a 304's.
            result = result with { Errors = result.Requests };
        }

        Console.WriteLine($"  {scenario.Name,-22} {result.RequestsPerSecond,9:0} req/s  p50 {result.P50Milliseconds,7:0.00} ms  p99 {result.P99Milliseconds,7:0.00} ms  errors {result.Errors}");
        rows.Add(new Report.Row(scenario.Name, scenario.Path, result));
    }

    if (options.Only.Count == 0 || options.Only.Any(w => FirstVisits.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
    {
        var visits = await FirstVisits.MeasureAsync(app.BaseAddress, 200);
        Console.WriteLine($"  {FirstVisits.Name,-22} {visits.Requests} profiles, one at a time: p50 {visits.P50Milliseconds:0.00} ms  p99 {visits.P99Milliseconds:0.00} ms");
        rows.Add(new Report.Row(FirstVisits.Name, "/partners/{slug} of 200 partners", visits));
    }

    return rows;
}

async Task<string?> LuaAsync(AppProcess app, Scenarios.Scenario scenario) =>
    scenario.Revalidates ? await Scenarios.RevalidationAsync(app.BaseAddress, scenario.Path) : scenario.Lua;
