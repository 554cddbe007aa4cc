using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

public sealed class LinkForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public LinkKind Kind { get; set; } = LinkKind.Regeling;
}
