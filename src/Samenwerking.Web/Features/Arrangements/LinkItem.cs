using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed record LinkItem(string Title, string Url, LinkKind Kind);
