using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A body with which a participant takes part (deelnemend bestuursorgaan).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiGoverningBody>))]
public enum ApiGoverningBody
{
    Raad,
    College,
    Burgemeester,
    ProvincialeStaten,
    GedeputeerdeStaten,
    CommissarisVanDeKoning,
    AlgemeenBestuur,
    DagelijksBestuur,
    Dijkgraaf,
    Minister,
    Staatssecretaris,
}
