using System.Diagnostics;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>A scratch folder holding the published app, the generated database and the static reference file.</summary>
public sealed class Workspace
{
    public const string Password = "benchmark password 1";

    private Workspace(string root, string repository)
    {
        Root = root;
        Repository = repository;
    }

    public string Root { get; }

    public string Repository { get; }

    public string AppFolder => Path.Combine(Root, "app");

    public string StaticRoot => Path.Combine(Root, "static");

    public static Workspace Create(string? root)
    {
        var repository = FindRepository();
        var workspace = new Workspace(Path.GetFullPath(root ?? Path.Combine(Path.GetTempPath(), "linkj-benchmark")), repository);
        Directory.CreateDirectory(workspace.StaticRoot);
        return workspace;
    }

    public string SqlitePath(int agreements) => Path.Combine(Root, $"registry-{agreements}.db");

    public async Task PublishAsync()
    {
        var project = Path.Combine(Repository, "src", "LinkJ.Partnerships.Web");
        await RunAsync(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", AppFolder, "--nologo", "-v", "quiet"]));
    }

    /// <summary>A fresh database with the seed, <paramref name="agreements"/> generated agreements, and one staff and one admin account.</summary>
    public async Task<TimeSpan> GenerateAsync(IBenchmarkDatabase database, int organizations, int agreements, int seed)
    {
        await database.RemoveLeftoversAsync();
        var watch = Stopwatch.StartNew();
        await RunAsync(AppCommand(database, $"generate --organizations {organizations} --agreements {agreements} --seed {seed}"));
        var generated = watch.Elapsed;
        foreach (var role in new[] { "Staff", "Admin" })
        {
            var add = AppCommand(database, $"users add --email {role.ToLowerInvariant()}@benchmark.example --role {role}");
            add.Environment["LINKJ_PASSWORD"] = Password;
            await RunAsync(add);
        }

        await database.FlushAsync();
        return generated;
    }

    /// <summary>The published app in Production, on <paramref name="database"/>, with warnings-only logging.</summary>
    public ProcessStartInfo AppCommand(IBenchmarkDatabase database, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"{Path.Combine(AppFolder, "LinkJ.Partnerships.Web.dll")} {arguments}")
        {
            WorkingDirectory = AppFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        database.Configure(start);
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        return start;
    }

    private static async Task RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = (await output).Trim();
        if (text.Length > 0)
        {
            Console.WriteLine($"  {text.Split('\n')[^1]}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {start.Arguments} failed ({process.ExitCode}): {text} {await errors}");
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LinkJ.Partnerships.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
