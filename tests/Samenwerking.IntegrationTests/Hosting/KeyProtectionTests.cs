using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// With a certificate configured, the data-protection keys are stored encrypted, and a sign-in survives a restart of
/// the app: real processes on a database of their own, as an operator runs them.
/// </summary>
public sealed class KeyProtectionTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Email = "sleutels@gemeente.example";

    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_certificate_and_a_sign_in_survives_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("samenwerking-keys-");
        try
        {
            var certificate = Path.Combine(folder.FullName, "sleutels.pfx");
            await File.WriteAllBytesAsync(certificate, SelfSignedPfx("een-wachtwoord"));
            var connectionString = await NewDatabaseAsync();
            var withCertificate = new Dictionary<string, string>
            {
                ["DataProtection__Certificate__Path"] = certificate,
                ["DataProtection__Certificate__Password"] = "een-wachtwoord",
            };

            HttpClient client;
            await using (var first = await WebProcess.StartAsync(connectionString, withCertificate))
            {
                // The operator's command runs with the app's settings, as ./run.sh does: without the certificate it
                // could write a key of its own in the clear before the app's first sign-in made one.
                await using (var operatorApp = new RegisterAppFactory(connectionString, "Production",
                    withCertificate.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value)))
                {
                    using var scope = operatorApp.Services.CreateScope();
                    Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                        .AddAsync(Operator.Principal, Email, WebClients.Password, Roles.Beheerder));
                }

                client = WebClients.NewClient(first.Address);
                Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Email, WebClients.Password)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/mijn-account", UriKind.Relative))).StatusCode);
            }

            var keys = await KeysAsync(connectionString);
            Assert.NotEmpty(keys);
            Assert.All(keys, key =>
            {
                Assert.Contains("EncryptedXmlDecryptor", key, StringComparison.Ordinal);
                Assert.DoesNotContain("unencrypted form", key, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
            });

            await using (var second = await WebProcess.StartAsync(connectionString, withCertificate))
            {
                // The browser's cookies go with the host, whatever the port.
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(second.Address, "/mijn-account"))).StatusCode);
            }

            // Without the certificate the keys cannot be read: the sign-in is gone.
            await using (var third = await WebProcess.StartAsync(connectionString, []))
            {
                var response = await client.GetAsync(new Uri(third.Address, "/mijn-account"));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/inloggen", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }

            client.Dispose();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] SelfSignedPfx(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Samenwerking sleutels", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }

    private async Task<string> NewDatabaseAsync()
    {
        var name = $"keys_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = "postgres" }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<List<string>> KeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>The web app as a process of its own, migrating its database at start, stopped (killed) when disposed.</summary>
    private sealed class WebProcess(Process process, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public static async Task<WebProcess> StartAsync(string connectionString, Dictionary<string, string> settings)
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
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ConnectionStrings__Register"] = connectionString;
            start.Environment["Database__MigrateOnStartup"] = "true";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var web = new WebProcess(process, new Uri($"http://127.0.0.1:{port}/"));
            using var probe = new HttpClient { BaseAddress = web.Address, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    if ((await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                    {
                        return web;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(200);
            }

            await web.DisposeAsync();
            throw new InvalidOperationException("The app did not become ready.");
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

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
