using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TakeABreak.Bot.Testing.Azurite;

/// <summary>
/// A real Azurite blob service on 127.0.0.1, on a free port, with data in a temporary folder.
/// Installs Azurite with npm (tests/package.json) when it is missing, and fails loudly when that is not possible.
/// <see cref="Stop"/> and <see cref="Start"/> simulate an outage; data survives because the folder stays.
/// </summary>
public sealed class AzuriteFixture : IDisposable
{
    /// <summary>Azurite's documented development account; not a secret.</summary>
    public const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string ListeningMessage = "successfully listen";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(15);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private readonly string _testsFolder;
    private readonly string _dataFolder;
    private Process? _process;

    public AzuriteFixture()
    {
        _testsFolder = FindTestsFolder();
        _dataFolder = Directory.CreateTempSubdirectory("azurite-").FullName;
        Port = FreePort();
        EnsureInstalled(_testsFolder);
        Start();
    }

    public int Port { get; }

    public string BlobEndpoint => $"http://127.0.0.1:{Port}/{AccountName}";

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite (again) on the same port and folder and waits until it listens.</summary>
    public void Start()
    {
        if (IsRunning)
        {
            return;
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = new Process
        {
            StartInfo = new ProcessStartInfo("node")
            {
                WorkingDirectory = _dataFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                ArgumentList =
                {
                    Path.Combine(_testsFolder, "node_modules", "azurite", "dist", "src", "blob", "main.js"),
                    "--blobHost", "127.0.0.1",
                    "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "--location", _dataFolder,
                    "--skipApiVersionCheck",
                    "--loose",
                    "--silent",
                    "--disableTelemetry",
                },
            },
            EnableRaisingEvents = true,
        };
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            if (e.Data.Contains(ListeningMessage, StringComparison.OrdinalIgnoreCase))
            {
                listening.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(
            new InvalidOperationException($"Azurite exited while starting:{Environment.NewLine}{string.Join(Environment.NewLine, output)}"));
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start 'node' for Azurite; is Node.js installed?");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        if (!listening.Task.Wait(StartTimeout))
        {
            Stop();
            throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
        }

        listening.Task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Stops Azurite; requests fail until <see cref="Start"/>. Azurite is asked to stop first (SIGTERM), because it keeps
    /// recent writes in memory and a killed Azurite would lose them, which a real outage does not.
    /// </summary>
    public void Stop()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    terminate.WaitForExit();
                }

                if (!process.WaitForExit(GracefulStopTimeout))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                }
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void EnsureInstalled(string testsFolder)
    {
        InstallGate.Wait();
        try
        {
            if (File.Exists(Path.Combine(testsFolder, "node_modules", "azurite", "dist", "src", "blob", "main.js")))
            {
                return;
            }

            var install = Process.Start(new ProcessStartInfo("npm")
            {
                WorkingDirectory = testsFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                ArgumentList = { File.Exists(Path.Combine(testsFolder, "package-lock.json")) ? "ci" : "install", "--no-audit", "--no-fund" },
            }) ?? throw new InvalidOperationException("Could not start 'npm' to install Azurite; is Node.js installed?");
            var stdout = install.StandardOutput.ReadToEndAsync();
            var stderr = install.StandardError.ReadToEnd();
            install.WaitForExit();
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'npm' could not install Azurite in {testsFolder} (exit code {install.ExitCode}):{Environment.NewLine}{stdout.Result}{Environment.NewLine}{stderr}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static string FindTestsFolder() => RepositoryRoot.Combine("tests");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
