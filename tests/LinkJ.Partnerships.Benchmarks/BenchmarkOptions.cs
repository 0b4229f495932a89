using System.Globalization;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>The command line; Program.cs lists the options.</summary>
internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes, int Seed, int Connections, TimeSpan WarmUp, TimeSpan Duration, int Port, string? Workspace, string? Output,
    IReadOnlyList<bool> CacheModes, IReadOnlyList<string> Only, IReadOnlyList<string> Providers, string? PostgresServer, int Instances, int Alternate)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";

    public static BenchmarkOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        IReadOnlyList<string> List(string name, string fallback) =>
            (Value(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        var sizes = List("--sizes", "1000,50000").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var options = new BenchmarkOptions(
            sizes, Number("--seed", 1), Number("--connections", 32), TimeSpan.FromSeconds(Number("--warmup", 3)),
            TimeSpan.FromSeconds(Number("--duration", 10)), Number("--port", 5099), Value("--workspace"), Value("--output"),
            Value("--cache") switch { "on" => [true], "off" => [false], _ => [true, false] },
            List("--only", ""), List("--provider", Sqlite),
            Value("--postgres") ?? Environment.GetEnvironmentVariable(PostgresBenchmarkDatabase.ServerVariable), Number("--instances", 1),
            Number("--alternate", 0));
        options.Check();
        return options;
    }

    private void Check()
    {
        if (Providers.Except([Sqlite, Postgres]).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"--provider {unknown}: say {Sqlite}, {Postgres} or both ({Sqlite},{Postgres}).");
        }

        if (Providers.Contains(Postgres) && string.IsNullOrWhiteSpace(PostgresServer))
        {
            throw new ArgumentException(
                $"--provider {Postgres} needs a server: --postgres \"Host=...;Port=...;Username=...\" or {PostgresBenchmarkDatabase.ServerVariable}.");
        }

        if (Instances is not (1 or 2) || (Instances == 2 && !Providers.Contains(Postgres)))
        {
            throw new ArgumentException($"--instances is 1, or 2 with --provider {Postgres} (instances share a PostgreSQL database).");
        }

        if (Alternate < 0 || (Alternate > 0 && (Only.Count == 0 || Sizes.Count < 2)))
        {
            throw new ArgumentException("--alternate N takes N rounds of the scenarios named by --only, over two or more --sizes.");
        }
    }
}
