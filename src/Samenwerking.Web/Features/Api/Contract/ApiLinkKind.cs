using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// What a link points to: the published text of the regeling, a law it rests on, a decision, statutes,
/// a website.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiLinkKind>))]
public enum ApiLinkKind
{
    Regeling,
    WettelijkeGrondslag,
    Besluit,
    Statuten,
    Website,
    Overig,
}
