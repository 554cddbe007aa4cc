namespace Samenwerking.EndToEndTests;

[Collection(SharedBrowser.Name)]
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    public Task InitializeAsync()
    {
        Browser.PolicyViolations.Clear();
        return Browser.Register.ResetAsync();
    }

    /// <summary>Fails the test when Chromium refused anything by the Content-Security-Policy during it.</summary>
    public Task DisposeAsync()
    {
        Assert.True(Browser.PolicyViolations.IsEmpty, "Content-Security-Policy refused:\n" + string.Join('\n', Browser.PolicyViolations.Distinct()));
        return Task.CompletedTask;
    }
}
