using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests;

/// <summary>Browser-like HTTP clients on the app's real socket, anonymous or signed in through the sign-in form.</summary>
internal static partial class WebClients
{
    public const string Password = "een-goed-wachtwoord-2026";

    /// <summary>Keeps cookies, shows redirects instead of following them.</summary>
    public static HttpClient NewClient(this RegisterDatabase database) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = database.BaseAddress,
        };

    /// <summary>A new account (with the role, or none) signed in with <see cref="Password"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this RegisterDatabase database, string email, string? role)
    {
        if (role is null)
        {
            var userManager = database.GetService<UserManager<IdentityUser>>();
            Assert.True((await userManager.CreateAsync(new IdentityUser { UserName = email, Email = email }, Password)).Succeeded);
        }
        else
        {
            Assert.Empty(await database.GetService<UserAdministration>().AddAsync(email, Password, role));
        }

        var client = database.NewClient();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var token = Token(await client.GetStringAsync(new Uri("/inloggen", UriKind.Relative)));
        return await client.PostAsync(new Uri("/inloggen", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
