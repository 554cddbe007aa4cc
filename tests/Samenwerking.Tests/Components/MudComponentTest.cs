using Bunit;
using MudBlazor.Services;

namespace Samenwerking.Tests.Components;

/// <summary>A bUnit context with MudBlazor's services, for components built from MudBlazor parts.</summary>
public abstract class MudComponentTest : BunitContext, IAsyncLifetime
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Some MudBlazor services can only be disposed asynchronously; xunit calls this before Dispose.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
