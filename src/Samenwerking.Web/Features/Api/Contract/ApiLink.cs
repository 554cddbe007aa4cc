using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A link to the regeling, a law it rests on, or another document.</summary>
/// <param name="Title">What the link shows.</param>
/// <param name="Url">Where it leads.</param>
/// <param name="Kind">What it points to.</param>
public sealed record ApiLink(string Title, string Url, ApiLinkKind Kind)
{
    public static ApiLink From(LinkItem link) => new(link.Title, link.Url, link.Kind.ToContract<ApiLinkKind>());
}
