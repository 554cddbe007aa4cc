using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// Whose regeling it is (Wgr art. 1): of the raden, the colleges or the burgemeesters, or a gemengde regeling
/// when several kinds of body take part.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiRegelingKind>))]
public enum ApiRegelingKind
{
    Raadsregeling,
    Collegeregeling,
    Burgemeestersregeling,
    GemengdeRegeling,
}
