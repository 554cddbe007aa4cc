namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// The contract has enums of its own, written as their names in the JSON and in the OpenAPI document alike. A register
/// value maps to the contract value of the same name: a register value renamed or added without its contract value
/// fails the API's tests, instead of silently changing what open-data clients read.
/// </summary>
internal static class ApiEnum
{
    public static TContract ToContract<TContract>(this Enum value) where TContract : struct, Enum =>
        Enum.Parse<TContract>(Enum.GetName(value.GetType(), value)
            ?? throw new ArgumentOutOfRangeException(nameof(value), value, "Geen benoemde waarde."));
}
