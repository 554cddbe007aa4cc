using System.Diagnostics;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>The operator verbs of <c>./run.sh &lt;verb&gt;</c>, run as the real app process.</summary>
public sealed class OperatorCommandsTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_fails()
    {
        var (exitCode, output) = await RunAppAsync("opruimen");

        Assert.Equal(64, exitCode);
        Assert.Contains("Onbekende opdracht: opruimen", output, StringComparison.Ordinal);
        Assert.Contains("Gebruik: ./run.sh", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var (exitCode, output) = await RunAppAsync("help");

        Assert.Equal(0, exitCode);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_on_a_current_register_changes_nothing()
    {
        var (exitCode, output) = await RunAppAsync("migrate");

        Assert.Equal(0, exitCode);
        Assert.Contains("Database bijgewerkt.", output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(342, db.Municipalities.Count());
    }

    private async Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
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

        start.Environment["ConnectionStrings__Register"] = Database.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
