using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// Two app processes on one database, as behind a load balancer (decision 0025): they start at the same moment on an
/// empty database, migrate and seed it once between them, and a sign-in on one is valid on the other.
/// </summary>
public sealed class TwoInstancesTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Two_instances_starting_at_once_on_an_empty_database_migrate_and_seed_it_once_and_share_sign_ins()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Database.ConnectionString)
        {
            Database = $"samenwerking_twee_{Guid.NewGuid():N}",
        }.ConnectionString;

        await using var first = AppInstance.Start(connectionString);
        await using var second = AppInstance.Start(connectionString);
        await Task.WhenAll(first.WaitUntilReadyAsync(), second.WaitUntilReadyAsync());

        Assert.Equal(await CountAsync(Database.ConnectionString, "municipalities"), await CountAsync(connectionString, "municipalities"));
        Assert.Equal(await CountAsync(Database.ConnectionString, "arrangements WHERE NOT is_example"), await CountAsync(connectionString, "arrangements"));
        Assert.Equal(await CountAsync(Database.ConnectionString, "\"__EFMigrationsHistory\""), await CountAsync(connectionString, "\"__EFMigrationsHistory\""));

        // Both have used their keys before anyone signs in (the sign-in form carries an antiforgery token).
        using var onFirst = WebClients.NewClient(first.BaseAddress);
        using var onSecond = WebClients.NewClient(second.BaseAddress);
        await Task.WhenAll(onFirst.GetStringAsync(new Uri("/inloggen", UriKind.Relative)), onSecond.GetStringAsync(new Uri("/inloggen", UriKind.Relative)));
        var (added, addOutput) = await AppProcess.RunAppAsync(connectionString, WebClients.Password + "\n", "users", "add", "twee@gemeente.example", "--role", "beheerder");
        Assert.True(added == 0, addOutput);

        var signIn = await onFirst.SignInAsync("twee@gemeente.example", WebClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samenwerking=", StringComparison.Ordinal)).Split(';')[0];

        using var anonymous = await onSecond.GetAsync(new Uri("/mijn-account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/mijn-account", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var signedIn = await onSecond.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("twee@gemeente.example", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(string connectionString, string from)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {from}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The built app as a process of its own that serves on a free port and migrates on startup, as run.sh starts it.</summary>
    private sealed class AppInstance : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();

        private AppInstance(Process process, Uri baseAddress)
        {
            this.process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static AppInstance Start(string connectionString)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Samenwerking.Web.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
            start.Environment["ConnectionStrings__Register"] = connectionString;
            start.Environment["Database__MigrateOnStartup"] = "true";
            // Build output finds its static files only in Development (a published app has them beside it).
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var instance = new AppInstance(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
            instance.process.OutputDataReceived += (_, e) => instance.Append(e.Data);
            instance.process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
            instance.process.BeginOutputReadLine();
            instance.process.BeginErrorReadLine();
            return instance;
        }

        public async Task WaitUntilReadyAsync()
        {
            using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var patience = Stopwatch.StartNew();
            while (patience.Elapsed < TimeSpan.FromMinutes(3))
            {
                Assert.False(process.HasExited, $"The instance at {BaseAddress} stopped: {Output}");
                try
                {
                    if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(250);
            }

            Assert.Fail($"The instance at {BaseAddress} did not get ready: {Output}");
        }

        private string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        private void Append(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
