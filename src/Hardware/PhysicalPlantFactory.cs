using System.Collections.Concurrent;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using CryoWeb.Hardware.Configuration;
using CryoWeb.Hardware.Gpio;
using CryoWeb.Hardware.Heartbeat;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples.Max31856;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware;

/// <summary>
/// Builds the real console's devices from validated options: the valve bank first (so every valve is driven closed
/// before anything else can fail), then the heartbeat, the thermocouple amplifiers (configured and read back) and
/// the pressure ADC. If any device fails, every device built so far is disposed (the valve bank drives its lines
/// closed and keeps them), and the failure is rethrown.
/// The valve bank refuses active-low valves, before opening any line, when the controller's driver (also the one
/// GpioDriver Auto picked) is not known to open outputs glitch-free; see <see cref="GpioOutputStartup"/>.
/// The GPIO controller is never disposed, see <see cref="Create"/>.
/// </summary>
public static class PhysicalPlantFactory
{
    /// <summary>
    /// Every GPIO controller this factory created, kept reachable until the process exits. Not disposing a controller
    /// is not enough: <c>GpioDriver</c> has a finalizer that disposes the driver (LibGpiodDriver then releases its
    /// lines), and libgpiod line handles are SafeHandles with finalizers of their own, so an unreachable controller
    /// would release the valve lines at the next garbage collection. The runtime does not run finalizers at exit.
    /// </summary>
    private static readonly ConcurrentBag<GpioController> ControllersHeldUntilExit = [];

    internal static PlantHardware Create(HardwareOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var built = new Stack<IDisposable>();
        try
        {
            // The controller is deliberately neither pushed on `built` nor handed to PlantHardware: it is never
            // disposed. GpioController.Dispose closes every open line, valve lines included, and a released line is
            // handed back to the driver or the kernel, which may stop driving it (on a Raspberry Pi kernel with
            // strict libgpiod semantics the line becomes an input): an active-low valve would no longer be held
            // closed. The valve lines stay driven closed until the process exits; the external watchdog cuts valve
            // power once the heartbeat stops. The heartbeat and chip-select lines on it are still released by their
            // own devices.
            var controller = GpioControllerFactory.Create(Enum.Parse<GpioDriverKind>(options.GpioDriver, ignoreCase: true), options.GpioChip);
            ControllersHeldUntilExit.Add(controller);
            int probes = options.Valves.Probes.Count;
            var valves = new GpioValveBank(controller, probes, ValvePins(options.Valves), time);
            built.Push(valves);
            var heartbeat = new GpioHeartbeat(controller, options.HeartbeatPin!.Value);
            built.Push(heartbeat);
            var thermocouples = CreateThermocouples(options.Thermocouples, controller, time);
            built.Push(thermocouples);
            var pressure = CreatePressure(options.Pressure, time);
            built.Push(pressure);
            var channels = options.Thermocouples.Channels
                .Select(c => new ThermocoupleChannelInfo(c.Name, c.TipOfProbe - 1))
                .ToList();
            return new PlantHardware(
                $"GPIO valves ({probes} probe(s)), {channels.Count} MAX31856 thermocouple(s) on SPI {options.Thermocouples.SpiBus}, ADS1115 at I2C {options.Pressure.I2cBus}:0x{options.Pressure.Address:X2}",
                valves,
                thermocouples,
                pressure,
                heartbeat,
                channels);
        }
        catch
        {
            // Every device built so far, newest first, each even if another one throws; the valve bank is last and
            // never throws. The start-up failure is what gets reported.
            while (built.TryPop(out var device))
            {
                try
                {
                    device.Dispose();
                }
#pragma warning disable CA1031 // A clean-up failure must not hide the start-up failure or skip the valve bank.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }

            throw;
        }
    }

    private static IEnumerable<ValvePin> ValvePins(ValveBankOptions valves)
    {
        for (int i = 0; i < valves.Probes.Count; i++)
        {
            yield return Pin(ValveId.FreezeOf(i), valves.Probes[i].Freeze);
            yield return Pin(ValveId.ThawOf(i), valves.Probes[i].Thaw);
        }

        yield return Pin(ValveId.ArgonSupply, valves.ArgonSupply);
        yield return Pin(ValveId.ThawSupply, valves.ThawSupply);
        yield return Pin(ValveId.Vent, valves.Vent);
    }

    private static ValvePin Pin(ValveId valve, ValvePinOptions pin) => new(valve, pin.Pin!.Value, pin.ActiveLow);

    private static Max31856ThermocoupleBank CreateThermocouples(ThermocoupleBankOptions options, GpioController controller, TimeProvider time)
    {
        var settings = new Max31856Settings(
            Enum.Parse<ThermocoupleType>(options.Type, ignoreCase: true),
            (Averaging)int.Log2(options.Averaging),
            options.MainsHz == 60 ? MainsRejection.Hz60 : MainsRejection.Hz50);
        var devices = new List<IDisposable>();
        var channels = new List<Max31856Channel>();
        SpiDevice? shared = null;
        try
        {
            foreach (var channel in options.Channels)
            {
                SpiDevice spi;
                IChipSelect chipSelect;
                if (channel.ChipSelectLine is int line)
                {
                    spi = SpiDevice.Create(Max31856Spi.CreateConnectionSettings(options.SpiBus, line, options.ClockHz));
                    devices.Add(spi);
                    chipSelect = new NativeChipSelect();
                }
                else
                {
                    if (shared is null)
                    {
                        shared = SpiDevice.Create(Max31856Spi.CreateConnectionSettings(options.SpiBus, Max31856Spi.NoChipSelectLine, options.ClockHz));
                        devices.Add(shared);
                    }

                    spi = shared;
                    chipSelect = new GpioChipSelect(controller, channel.ChipSelectPin!.Value);
                }

                channels.Add(new Max31856Channel(spi, chipSelect, settings, time, channel.Name));
            }

            var bank = new Max31856ThermocoupleBank(channels, devices);
            for (int i = 0; i < channels.Count; i++)
            {
                try
                {
                    channels[i].Configure();
                }
                catch (Max31856ConfigurationException e)
                {
                    bank.Dispose();
                    throw new InvalidOperationException($"{HardwareOptions.SectionName}:Thermocouples:Channels:{i} ('{channels[i].Name}'): {e.Message}", e);
                }
            }

            return bank;
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            channels.ForEach(c => c.Dispose());
            devices.ForEach(d => d.Dispose());
            throw;
        }
    }

    private static Ads1115SupplyPressureSensors CreatePressure(PressureOptions options, TimeProvider time)
    {
        static PressureTransducerScale Scale(PressureInputOptions input) => new(input.MinVolts, input.MaxVolts, input.MinPsi, input.MaxPsi);
        var channels = new List<Ads1115PressureChannel>();
        if (options.Argon.Input is int argon)
        {
            channels.Add(new Ads1115PressureChannel(GasSupply.Argon, argon, Scale(options.Argon)));
        }

        if (options.ThawGas.Input is int thaw)
        {
            channels.Add(new Ads1115PressureChannel(GasSupply.ThawGas, thaw, Scale(options.ThawGas)));
        }

        return new Ads1115SupplyPressureSensors(I2cDevice.Create(new I2cConnectionSettings(options.I2cBus, options.Address)), channels, time);
    }
}
