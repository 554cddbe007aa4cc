using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Account;

/// <summary>
/// Taking access away ends it everywhere within the revalidation interval: in the cookie of every browser and in every
/// open circuit. The interval is one second here (30 seconds as shipped).
/// </summary>
public sealed class AccessEndsTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Colleague = "collega@gemeente.example";
    private const string Target = "beheerder@gemeente.example";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static TheoryData<string> WaysToTakeAccessAway => ["another role", "no role", "removal", "block", "new password"];

    [Theory]
    [MemberData(nameof(WaysToTakeAccessAway))]
    public async Task A_signed_in_beheerder_loses_access_within_the_interval(string how)
    {
        await Database.AddAsync(Colleague, Roles.Beheerder);
        var target = await Database.AddAsync(Target, Roles.Beheerder);
        await using var app = AppWithShortInterval();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Target, WebClients.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);

        Assert.Empty(await TakeAccessAwayAsync(how, target));
        await Task.Delay(Interval * 2);

        var after = await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/inloggen", after.RedirectTarget(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WaysToTakeAccessAway))]
    public async Task An_open_circuit_signs_its_user_out_within_the_interval(string how)
    {
        await Database.AddAsync(Colleague, Roles.Beheerder);
        var target = await Database.AddAsync(Target, Roles.Beheerder);
        await using var app = AppWithShortInterval();
        await using var circuit = app.Services.CreateAsyncScope();
        var authentication = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var signedOut = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        authentication.AuthenticationStateChanged += async state =>
        {
            if ((await state).User.Identity?.IsAuthenticated != true)
            {
                signedOut.TrySetResult(await state);
            }
        };
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(
            Task.FromResult(new AuthenticationState(await Database.SignedInAsync(Target))));

        await Task.Delay(Interval * 2);
        Assert.False(signedOut.Task.IsCompleted, "Afgemeld terwijl er niets veranderde.");
        Assert.Empty(await TakeAccessAwayAsync(how, target));

        var state = await signedOut.Task.WaitAsync(Interval * 10);
        Assert.False(state.User.Identity?.IsAuthenticated);
        Assert.False((await authentication.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task Ships_with_an_interval_within_a_minute()
    {
        await using var scope = Database.App.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Features.Account.AccountOptions>>().Value;
        var cookies = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>>().Value;

        Assert.InRange(options.RevalidationInterval, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(options.RevalidationInterval, cookies.ValidationInterval);
    }

    private RegisterAppFactory AppWithShortInterval() =>
        Database.StartApp(new Dictionary<string, string?> { ["Account:RevalidationInterval"] = Interval.ToString() });

    private async Task<IReadOnlyList<string>> TakeAccessAwayAsync(string how, string target)
    {
        var colleague = await Database.SignedInAsync(Colleague);
        var users = Database.GetService<UserAdministration>();
        return how switch
        {
            "another role" => await users.SetRoleAsync(colleague, target, Roles.Redacteur),
            "no role" => await users.SetRoleAsync(colleague, target, null),
            "removal" => await users.RemoveAsync(colleague, target),
            "block" => await users.BlockAsync(colleague, target),
            "new password" => await users.ResetPasswordAsync(colleague, target, "een-heel-nieuw-wachtwoord"),
            _ => throw new ArgumentOutOfRangeException(nameof(how)),
        };
    }
}
