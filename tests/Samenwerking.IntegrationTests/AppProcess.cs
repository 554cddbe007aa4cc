using System.Diagnostics;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests;

/// <summary>The app as a process of its own on the test database, as <c>./run.sh &lt;verb&gt;</c> runs it.</summary>
internal static class AppProcess
{
    public static Task<(int ExitCode, string Output)> RunAppAsync(this RegisterDatabase database, string input, params string[] arguments) =>
        RunAppAsync(database.ConnectionString, input, arguments);

    /// <summary>The app on the database the connection string names (which may not exist yet).</summary>
    public static async Task<(int ExitCode, string Output)> RunAppAsync(string connectionString, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Samenwerking.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Register"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
