using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TakeABreak.Bot.Testing.Processes;

/// <summary>
/// A server in a process of its own on a free loopback port, so the load generator and the server under test do not
/// share a garbage collector or thread pool (benchmarks), or so that it can be killed and started again on the same data
/// (tests). Ready when its probe path answers 200; killed with its children on dispose.
/// </summary>
public sealed class ChildProcessHost : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcessHost(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public TimeSpan StartupTime { get; private set; }

    /// <summary>The CPU time the process has used so far (all its threads).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would (SIGKILL: no shutdown code runs).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public static async Task<ChildProcessHost> StartAsync(string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string probePath, string? workingDirectory = null)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start 'dotnet {assembly}'.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) Console.Error.WriteLine($"[{Path.GetFileNameWithoutExtension(assembly)}] {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new ChildProcessHost(process, baseAddress);
        await host.WaitUntilReadyAsync(probePath, TimeSpan.FromSeconds(60));
        host.StartupTime = clock.Elapsed;
        return host;
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

    private async Task WaitUntilReadyAsync(string probePath, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(probePath);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The server at {BaseAddress} was not ready within {timeout.TotalSeconds:0} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
