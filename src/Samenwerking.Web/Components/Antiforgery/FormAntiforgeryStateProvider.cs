using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Forms;

namespace Samenwerking.Web.Components.Antiforgery;

/// <summary>
/// Gives a form rendered on the server (<c>&lt;AntiforgeryToken /&gt;</c>, <c>EditForm</c>) its token when it asks, and
/// unlike the framework's provider does not write the token into every page as persisted component state. The interactive
/// pages post no HTML forms, so a circuit gets no token.
/// </summary>
internal sealed class FormAntiforgeryStateProvider(IHttpContextAccessor accessor, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        // Only while a page renders for its own request; a circuit's connection is no page request.
        if (accessor.HttpContext is not { } context || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            return null;
        }

        FormsOnlyAntiforgery.MarkFormRendered(context);
        var tokens = context.Response.HasStarted ? antiforgery.GetTokens(context) : antiforgery.GetAndStoreTokens(context);
        return tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
