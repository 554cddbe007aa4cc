using System.Diagnostics;
using System.Reflection;

namespace Samenwerking.Benchmarks;

/// <summary>This program started again as <see cref="BrowserTabs"/>, with its standard input and output as the line.</summary>
internal sealed class BrowserProcess : IAsyncDisposable
{
    private readonly Process process;

    private BrowserProcess(Process process) => this.process = process;

    public static async Task<BrowserProcess> StartAsync()
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("No path of this program.");
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        start.ArgumentList.Add(BrowserTabs.Verb);
        var browser = new BrowserProcess(Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start."));
        await browser.ReadAnswerAsync();
        return browser;
    }

    /// <summary>Sends one command and returns the words of its answer after "ok".</summary>
    public async Task<string[]> SendAsync(string command)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
        return await ReadAnswerAsync();
    }

    private async Task<string[]> ReadAnswerAsync()
    {
        var answer = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The browser process stopped.");
        return answer.StartsWith("ok", StringComparison.Ordinal)
            ? answer.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            : throw new InvalidOperationException($"The browser process answered: {answer}");
    }

    public async ValueTask DisposeAsync()
    {
        // End of input: it closes the browser and stops; if it does not, this process ends it (it started it).
        process.StandardInput.Close();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
