using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>The published app as a real process in Production mode, on one database, with its start time and peak memory.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress, TimeSpan timeToFirst200)
    {
        _process = process;
        BaseAddress = baseAddress;
        TimeToFirst200 = timeToFirst200;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first 200 on the directory page.</summary>
    public TimeSpan TimeToFirst200 { get; }

    public static async Task<AppProcess> StartAsync(Workspace workspace, IBenchmarkDatabase database, bool outputCache, int port)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = workspace.AppCommand(database, $"--urls {baseAddress}");
        start.Environment["OutputCache__Enabled"] = outputCache ? "true" : "false";
        start.Environment["Benchmark__StaticRoot"] = workspace.StaticRoot;
        start.Environment["PublicApi__PermitsPerWindow"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  app: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} before answering.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(baseAddress, "/partners"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new AppProcess(process, baseAddress, watch.Elapsed);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(10);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The app gave no 200 within a minute.");
    }

    /// <summary>The processor time the process has used so far, user and system (/proc/PID/stat, in clock ticks of 10 ms).</summary>
    public TimeSpan ProcessorTime()
    {
        // The command name, in parentheses, may hold spaces; the fields after it are numbered from the state (3).
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>
    /// Waits, with no load, until every app has stopped working on its own (under 50 ms of processor time in a second),
    /// at most a minute. After a start the runtime recompiles the methods the warm-ups made hot (tiered compilation)
    /// for 15 s or more, on about one of the two cores; after a run at 32 connections it finishes that run's work.
    /// A figure measured meanwhile measures that too (decision 017).
    /// </summary>
    public static async Task<TimeSpan> WaitUntilIdleAsync(IReadOnlyList<AppProcess> apps)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            var before = apps.Select(a => a.ProcessorTime()).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (apps.Select((a, i) => a.ProcessorTime() - before[i]).All(used => used < TimeSpan.FromMilliseconds(50)))
            {
                break;
            }
        }

        return watch.Elapsed;
    }

    /// <summary>Peak resident memory so far (VmHWM), in megabytes.</summary>
    public double PeakRssMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
