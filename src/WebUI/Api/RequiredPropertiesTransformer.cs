using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Api.Simulator;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Makes each schema's <c>required</c> list true to the wire (the generator lists every constructor parameter). A type
/// the API reads requires exactly the properties a request must carry (<see cref="InRequests"/>; the others are
/// accepted missing, some only together with another, as "preset or protocol"). A type the API only writes requires
/// every property, because <see cref="ApiJson"/> writes each one, null as null. Problem details leave out what is null
/// and keep the generator's list (none). A reading the API writes as null when there is none (<see cref="FiniteDoubleConverter"/>
/// writes NaN as null) is declared nullable (<see cref="NullWhenFaulty"/>). OpenApiRequiredTests sends each request without each property and reads
/// each answer to hold this list to what the API does.
/// </summary>
public sealed class RequiredPropertiesTransformer : IOpenApiSchemaTransformer
{
    /// <summary>The properties (JSON names) a request body of each type must carry.</summary>
    public static IReadOnlyDictionary<Type, string[]> InRequests { get; } = new Dictionary<Type, string[]>
    {
        [typeof(SignInRequest)] = ["userName", "password"],
        [typeof(ProbeModeRequest)] = ["mode"], // powerPercent only with Freeze
        [typeof(ExtendStepRequest)] = ["extendSeconds"],
        [typeof(StartProtocolRequest)] = [], // a preset or a protocol; probes default to every probe
        [typeof(ProtocolDefinition)] = ["name", "steps"],
        [typeof(ProtocolStep)] = ["mode", "duration"], // powerPercent defaults to 100, Freeze's full power
        [typeof(CreateProcedureRequest)] = ["label", "organ", "probesInUse"], // sensors default to none
        [typeof(SensorRequest)] = ["channel", "name", "role"], // limitCelsius and action only for a critical structure; linkedProbes default to every probe in use
        [typeof(SimulatorFaultRequest)] = ["kind"], // channel, valve, supply, stuckOpen as the kind needs
        [typeof(IceballLayout)] = ["probes", "sensors", "target"],
        [typeof(ProbePlacement)] = ["probe", "tipXMm", "tipYMm", "tipZMm"], // activeLengthMm and diameterMm have defaults
        [typeof(SensorPlacement)] = ["channel", "xMm", "yMm", "zMm"],
        [typeof(TargetShape)] = ["radiusXMm", "radiusYMm", "radiusZMm", "marginMm"],
    };

    /// <summary>The numbers of each answer that are NaN when the reading is faulty, written as null.</summary>
    public static IReadOnlyDictionary<Type, string[]> NullWhenFaulty { get; } = new Dictionary<Type, string[]>
    {
        [typeof(ProbeStatus)] = ["tipCelsius"],
        [typeof(SensorStatus)] = ["celsius"],
        [typeof(SupplyStatus)] = ["psi"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is not { Count: > 0 } properties || typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(type))
        {
            return Task.CompletedTask;
        }

        foreach (string name in NullWhenFaulty.GetValueOrDefault(type) ?? [])
        {
            if (properties.TryGetValue(name, out var property) && property is OpenApiSchema number)
            {
                number.Type |= JsonSchemaType.Null;
            }
        }

        var required = InRequests.TryGetValue(type, out var inRequests) ? inRequests : [.. properties.Keys];
        schema.Required = new HashSet<string>(required.Where(properties.ContainsKey), StringComparer.Ordinal);
        return Task.CompletedTask;
    }
}
