using Bunit;
using MudBlazor.Services;

namespace Samenwerking.Tests.Components;

/// <summary>A bUnit context with MudBlazor's services, for components built from MudBlazor parts.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
