using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>The four groups of the paragraaf verbonden partijen (BBV art. 15).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiBbvGroup>))]
public enum ApiBbvGroup
{
    GemeenschappelijkeRegelingen,
    VennootschappenEnCooperaties,
    StichtingenEnVerenigingen,
    OverigeVerbondenPartijen,
}
