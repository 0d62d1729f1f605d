using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// Commands are plain data: they cross a process boundary in the next step, so each one goes through JSON and comes
/// back the same, and none carries a delegate, a task or a live controller object.
/// </summary>
public class CommandRecordTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Dictionary<string, ControllerCommand> Examples = new()
    {
        ["setProbeMode"] = new SetProbeModeCommand(2, ProbeMode.Freeze, 70) { User = "op" },
        ["startProtocol"] = new StartProtocolCommand(ProtocolPresets.DoubleFreeze, [1, 3]),
        ["protocolAction"] = new ProtocolActionCommand(0, ProtocolAction.ExtendStep, TimeSpan.FromMinutes(2)),
        ["setSensorGuards"] = new SetSensorGuardsCommand([new SensorGuard(3, SensorRole.CriticalStructure, 5, ProtectiveAction.Reduce, [0, 1])]),
        ["resetEmergencyStop"] = new ResetEmergencyStopCommand(),
        ["closeProcedure"] = new CloseProcedureCommand(),
    };

    [Theory]
    [InlineData("setProbeMode")]
    [InlineData("startProtocol")]
    [InlineData("protocolAction")]
    [InlineData("setSensorGuards")]
    [InlineData("resetEmergencyStop")]
    [InlineData("closeProcedure")]
    public void A_command_goes_through_json_and_comes_back_the_same(string name)
    {
        var command = Examples[name];
        string json = JsonSerializer.Serialize(command, Json);
        var back = JsonSerializer.Deserialize<ControllerCommand>(json, Json);

        Assert.NotNull(back);
        Assert.Equal(command.GetType(), back.GetType());
        Assert.Equal(command.User, back.User);
        Assert.Equal(json, JsonSerializer.Serialize(back, Json));
        Assert.Contains($"\"command\":\"{name}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_is_a_sealed_immutable_record_of_plain_data()
    {
        var commands = typeof(ControllerCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ControllerCommand))).ToList();
        Assert.Equal(6, commands.Count);
        var jsonNamed = typeof(ControllerCommand).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();
        foreach (var type in commands.Append(typeof(ControllerCommand)))
        {
            Assert.True(type.IsAbstract || type.IsSealed, $"{type.Name} is sealed");
            Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} is a record");
            Assert.True(type.IsAbstract || jsonNamed.Contains(type), $"{type.Name} has a JSON name");
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is read-only");
                Assert.True(IsPlain(field.FieldType), $"{type.Name}.{field.Name} ({field.FieldType.Name}) is plain data");
            }
        }
    }

    [Fact]
    public void A_command_keeps_its_own_copy_of_the_lists_it_was_given()
    {
        var probes = new List<int> { 1 };
        var command = new StartProtocolCommand(ProtocolPresets.DoubleFreeze, probes);
        probes.Add(2);

        Assert.Equal([1], command.ProbeNumbers);
    }

    private static bool IsPlain(Type type) =>
        !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(Task).IsAssignableFrom(type)
        && !type.Name.StartsWith("TaskCompletionSource", StringComparison.Ordinal)
        && type.Namespace is not ("CryoWeb.Controller.Control" or "CryoWeb.Hardware")
        && !(type.Namespace?.StartsWith("CryoWeb.Hardware", StringComparison.Ordinal) ?? false)
        && type != typeof(ProbeController) && type != typeof(ProtocolRun);
}
