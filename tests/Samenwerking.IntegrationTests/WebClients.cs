using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests;

/// <summary>Browser-like HTTP clients on the app's real socket, anonymous or signed in through the sign-in form.</summary>
internal static partial class WebClients
{
    public const string Password = "een-goed-wachtwoord-2026";

    /// <summary>Keeps cookies, shows redirects instead of following them.</summary>
    public static HttpClient NewClient(this RegisterDatabase database) => NewClient(database.BaseAddress);

    /// <summary>
    /// A client of the app at this address, connecting from the given loopback address (127.0.0.2, …) as a client at
    /// another address would: rate limits count per client address.
    /// </summary>
    public static HttpClient NewClient(Uri baseAddress, IPAddress? from = null) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = from is null ? null : async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = baseAddress,
        };

    /// <summary>A new account (with the role, or none) signed in with <see cref="Password"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this RegisterDatabase database, string email, string? role)
    {
        await database.AddAsync(email, role);
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

    /// <summary>Posts a form of a statically rendered page, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string handler, Dictionary<string, string>? fields = null)
    {
        var token = Token(await client.GetStringAsync(new Uri(page, UriKind.Relative)));
        var form = new Dictionary<string, string>(fields ?? []) { ["_handler"] = handler, ["__RequestVerificationToken"] = token };
        return await client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>Where a redirect sends the client: a path, as the app writes redirects to itself (decision 0024).</summary>
    public static string RedirectTarget(this HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location!.OriginalString;

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
