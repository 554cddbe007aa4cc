using Microsoft.AspNetCore.Antiforgery;

namespace Samenwerking.Web.Components.Antiforgery;

/// <summary>
/// The framework's antiforgery, except that a safe request (GET, HEAD) whose page rendered no form gets no cookie and no
/// <c>no-store</c> header: Blazor asks for tokens on every page response, whether the page needs them or not.
/// </summary>
internal sealed class FormsOnlyAntiforgery(IAntiforgery inner) : IAntiforgery
{
    private static readonly object FormRenderedKey = new();

    /// <summary>Records that the response renders a form, so its token must come with a cookie.</summary>
    public static void MarkFormRendered(HttpContext context) => context.Items[FormRenderedKey] = true;

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        NeedsCookie(httpContext) ? inner.GetAndStoreTokens(httpContext) : inner.GetTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext context) => inner.ValidateRequestAsync(context);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool NeedsCookie(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || context.Items.ContainsKey(FormRenderedKey);
}
