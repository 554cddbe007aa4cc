namespace Samenwerking.EndToEndTests;

[Collection(SharedBrowser.Name)]
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    public Task InitializeAsync() => Browser.Register.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
