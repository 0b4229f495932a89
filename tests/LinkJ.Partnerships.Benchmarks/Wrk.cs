using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>Runs wrk (one thread, 32 connections by default) and reads its throughput and latency percentiles.</summary>
public sealed partial class Wrk(int defaultConnections, TimeSpan warmUp, TimeSpan duration, string scriptFolder)
{
    public sealed record Result(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Errors, int Connections = 0);

    /// <summary>Load without measuring, so every page is compiled and warm before any is measured.</summary>
    public Task WarmUpAsync(Uri url, string? luaScript, int? connections = null) => RunAsync(url, luaScript, connections ?? defaultConnections, measure: false);

    public Task<Result> RunAsync(Uri url, string? luaScript, int? connections = null) => RunAsync(url, luaScript, connections ?? defaultConnections, measure: true)!;

    private async Task<Result?> RunAsync(Uri url, string? luaScript, int connections, bool measure)
    {
        string? scriptPath = null;
        if (luaScript is not null)
        {
            scriptPath = Path.Combine(scriptFolder, $"scenario-{Guid.NewGuid():N}.lua");
            await File.WriteAllTextAsync(scriptPath, luaScript);
        }

        try
        {
            await RunOnceAsync(url, scriptPath, connections, warmUp);
            return measure ? Parse(await RunOnceAsync(url, scriptPath, connections, duration)) with { Connections = connections } : null;
        }
        finally
        {
            if (scriptPath is not null)
            {
                File.Delete(scriptPath);
            }
        }
    }

    private static async Task<string> RunOnceAsync(Uri url, string? scriptPath, int connections, TimeSpan length)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{(int)Math.Ceiling(length.TotalSeconds)}s", "--latency", "--timeout", "5s" })
        {
            start.ArgumentList.Add(argument);
        }

        if (scriptPath is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(scriptPath);
        }

        start.ArgumentList.Add(url.ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install the Debian package wrk.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"wrk failed: {output} {await process.StandardError.ReadToEndAsync()}");
    }

    private static Result Parse(string output)
    {
        var rate = double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(Total().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrors().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new Result(rate, Percentile(output, "50"), Percentile(output, "99"), requests, non2xx + socket);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
