using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// The real app as its own operating-system process, on a loopback port, over a given database (<see cref="TestDatabase"/>), so a test
/// can kill it with SIGKILL or run its commands exactly as an operator would.
/// </summary>
public sealed class AppProcess : IDisposable
{
    public const string AdminEmail = "crash-admin@example.org";

    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits until /health answers.</summary>
    public static async Task<AppProcess> StartAsync(string database)
    {
        try
        {
            return await StartOnceAsync(database);
        }
        catch (TerminatedException)
        {
            // SIGTERM from outside the test (a shared machine's clean-up); start again once.
            return await StartOnceAsync(database);
        }
    }

    private static async Task<AppProcess> StartOnceAsync(string database)
    {
        var port = FreePort();
        var app = new AppProcess(Start(database, [], port), $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (app._process.HasExited)
            {
                if (app._process.ExitCode == 143)
                {
                    throw new TerminatedException();
                }

                throw new InvalidOperationException($"The app exited with {app._process.ExitCode}: {app.Output}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        app.Dispose();
        throw new TimeoutException($"The app did not answer /health: {app.Output}");
    }

    /// <summary>Runs one of the app's commands to the end and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(string database, params string[] arguments) =>
        RunCommandAsync(database, new Dictionary<string, string>(), arguments);

    /// <summary>The same, with extra settings in the environment (<c>Mail__Host</c>, say).</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string database, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var process = Start(database, arguments, port: null);
        foreach (var (key, value) in environment)
        {
            process.StartInfo.Environment[key] = value;
        }

        using var app = new AppProcess(process, string.Empty);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app._process.WaitForExitAsync(timeout.Token);
        app._process.WaitForExit();
        return (app._process.ExitCode, app.Output);
    }

    /// <summary>SIGKILL: no shutdown, no flush, exactly like a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static Process Start(string database, string[] arguments, int? port)
    {
        var dll = WebAssembly();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Database__Provider"] = TestDatabase.Provider;
        info.Environment["ConnectionStrings__Partnerships"] = TestDatabase.ConnectionString(database);
        info.Environment["Bootstrap__AdminEmail"] = AdminEmail;
        info.Environment["Bootstrap__AdminPassword"] = RegistryFactory.Password;
        info.Environment["SignInRateLimit__PermitsPerWindow"] = "1000";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        if (port is not null)
        {
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }

        return new Process { StartInfo = info };
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string WebAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LinkJ.Partnerships.sln")))
        {
            directory = directory.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(directory!.FullName, "src", "LinkJ.Partnerships.Web", "bin", configuration, "net10.0", "LinkJ.Partnerships.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal sealed class TerminatedException : Exception;
