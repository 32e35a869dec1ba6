using System.Diagnostics;
using System.Net;
using Passerelles.Web.Data;

namespace Passerelles.ClusterTests;

/// <summary>The app as it runs in production, on one machine: <c>ops/cluster.sh</c> starts a throwaway PostgreSQL,
/// <see cref="Instances"/> app processes (the build this test was built with), each with a data folder of its own, and
/// HAProxy in front of them; e-mail goes to a real SMTP server in this process (<see cref="Inbox"/>). The test drives it
/// through HAProxy, kills and restarts instances, and restarts PostgreSQL. Everything listens on 127.0.0.1; everything
/// stops when the cluster is disposed, and the script stops by itself if this process dies first.</summary>
public sealed class Cluster : IAsyncDisposable
{
    /// <summary>A request with this header goes to that instance (1, 2…), whatever the balancing says.</summary>
    public const string InstanceHeader = "X-Passerelles-Instance";

    private readonly Process _script;
    private readonly Dictionary<string, string> _environment;

    public string Directory { get; }
    public Uri Url { get; }
    public int Instances { get; }
    public string ConnectionString { get; }
    public Inbox Mail { get; }
    public AppFactory Seeder { get; private set; } = null!;

    private Cluster(Process script, Dictionary<string, string> environment, string directory, Uri url, int instances, string connection, Inbox mail)
    {
        (_script, _environment, Directory, Url, Instances, ConnectionString, Mail) = (script, environment, directory, url, instances, connection, mail);
    }

    public static async Task<Cluster> StartAsync(int instances = 2)
    {
        var mail = new Inbox();
        var directory = System.IO.Directory.CreateTempSubdirectory("passerelles-cluster-").FullName;
        var port = Ports.Free();
        // The instances get the settings a real server would, plus: e-mail to this test's SMTP server, and sign-ins
        // not limited (every test client signs in from 127.0.0.1).
        var environment = new Dictionary<string, string>
        {
            ["CLUSTER_DIR"] = directory,
            ["CLUSTER_WATCH_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PASSERELLES_APP"] = AppAssembly,
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email__Smtp__Security"] = "None",
            ["RateLimits__SignInPermitsPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var start = new ProcessStartInfo("bash", [Path.Combine(SourceTree.Root, "ops", "cluster.sh"), instances.ToString(System.Globalization.CultureInfo.InvariantCulture), port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = SourceTree.Root,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var script = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        script.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.StartsWith("Passerelles: http", StringComparison.Ordinal)) started.TrySetResult();
        };
        script.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        var exited = script.WaitForExitAsync();
        var first = await Task.WhenAny(started.Task, exited, Task.Delay(TimeSpan.FromMinutes(3)));
        if (first != started.Task)
        {
            if (!script.HasExited) Signal(script.Id, "TERM");
            await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            await mail.DisposeAsync();
            System.IO.Directory.Delete(directory, recursive: true);
            throw new InvalidOperationException("The cluster did not start:\n" + output);
        }

        var settings = File.ReadAllLines(Path.Combine(directory, "cluster.env"))
            .Select(line => line.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'));
        var cluster = new Cluster(script, environment, directory, new Uri($"http://127.0.0.1:{port}"), instances, settings["CONNECTION"], mail);
        // Records are made through the app's own model, on the cluster's database (already migrated by the instances).
        cluster.Seeder = AppFactory.On(TestDatabase.Existing(DatabaseProvider.Postgres, cluster.ConnectionString));
        _ = cluster.Seeder.Server;
        return cluster;
    }

    /// <summary>The app's assembly of the same build (Debug or Release) as this test.</summary>
    private static string AppAssembly
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(SourceTree.Root, "src", "Passerelles.Web", "bin", configuration, "net10.0", "Passerelles.Web.dll");
        }
    }

    /// <summary>A client keeping cookies, not following redirects, going through HAProxy; with <paramref name="cookies"/>
    /// shared with another client, and pinned to one instance when <paramref name="instance"/> is given.</summary>
    public HttpClient Client(CookieContainer? cookies = null, int? instance = null)
    {
        var handler = new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        if (instance is { } i) client.DefaultRequestHeaders.Add(InstanceHeader, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return client;
    }

    /// <summary>A client speaking to one instance directly, not through HAProxy, with <paramref name="cookies"/> (cookies
    /// belong to the host, 127.0.0.1, whatever the port).</summary>
    public HttpClient Direct(int instance, CookieContainer cookies)
    {
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{InstancePort(instance)}"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    public int InstancePid(int instance) => int.Parse(File.ReadAllText(Path.Combine(Directory, $"instance-{instance}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>kill -9: the instance dies at once, with whatever it was doing.</summary>
    public void Kill(int instance) => Signal(InstancePid(instance), "KILL");

    /// <summary>SIGTERM: the instance drains and stops.</summary>
    public void Terminate(int instance) => Signal(InstancePid(instance), "TERM");

    public Task RestartAsync(int instance) => RunAsync(Path.Combine(Directory, $"instance-{instance}.sh"));

    public Task PostgresAsync(string verb) => RunAsync(Path.Combine(Directory, "postgres.sh"), verb);

    /// <summary>Whether the instance answers 200 on /health/ready, asked directly (not through HAProxy).</summary>
    public async Task<bool> ReadyAsync(int instance)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await client.GetAsync($"http://127.0.0.1:{InstancePort(instance)}/health/ready")).StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private int InstancePort(int instance) =>
        int.Parse(File.ReadAllLines(Path.Combine(Directory, "cluster.env")).Single(l => l.StartsWith("INSTANCE_PORTS=", StringComparison.Ordinal))
            .Split('=', 2)[1].Trim('"').Split(' ')[instance - 1], System.Globalization.CultureInfo.InvariantCulture);

    public string Log(int instance) => File.ReadAllText(Path.Combine(Directory, $"instance-{instance}.log"));

    private async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [file, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}{await errors}");
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (Seeder is not null) await Seeder.DisposeAsync();
        if (!_script.HasExited)
        {
            Signal(_script.Id, "TERM");
            try
            {
                await _script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                _script.Kill(entireProcessTree: true);
            }
        }
        _script.Dispose();
        await Mail.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
