#if POSTGRESQL
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// The real app as its own operating-system process on a PostgreSQL database, so a test can kill it with SIGKILL.
/// Like Support/AppProcess, which starts it on SQLite.
/// </summary>
public sealed class PostgresAppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PostgresAppProcess(string connectionString, int port)
    {
        BaseUrl = $"http://127.0.0.1:{port}";
        var dll = WebAssembly();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_URLS"] = BaseUrl;
        info.Environment["Database__Provider"] = "PostgreSQL";
        info.Environment["ConnectionStrings__Partnerships"] = connectionString;
        info.Environment["Bootstrap__AdminEmail"] = AppProcess.AdminEmail;
        info.Environment["Bootstrap__AdminPassword"] = RegistryFactory.Password;
        info.Environment["SignInRateLimit__PermitsPerWindow"] = "1000";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
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
    public static async Task<PostgresAppProcess> StartAsync(string connectionString)
    {
        var app = new PostgresAppProcess(connectionString, FreePort());
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (app._process.HasExited)
            {
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
#endif
