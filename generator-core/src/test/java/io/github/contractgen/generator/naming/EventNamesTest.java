package io.github.contractgen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventNamesTest {

    @ParameterizedTest(name = "{0} (generated side sends: {1}) -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // id                 | sends | messages            | channel                    | derived stem
        "receiveOrder         | true  | orderPlaced         | orderPlaced                | OrderPlaced",
        "receiveOrder         | true  | placed;cancelled    | orders                     | Orders",
        "receiveOrder         | true  | placed;cancelled    | shop/{region}/orders       | Order",
        "consume_light_event  | true  | lightMeasured       | x                          | LightMeasured",
        "onTurnOn             | true  | turnOnCommand       | x                          | TurnOnCommand",
        "receive              | true  | a;b                 | shop/{region}              | -",
        "publishMeasured      | true  | lightMeasured       | measured                   | -",
        "announceShipment     | false | orderShipped        | orderShipped               | -",
        "sendCommand          | false | command             | command                    | Command",
        "publish-reading      | false | reading;alarm       | sensors/{room}             | Reading",
        "receiveOrder         | false | orderPlaced         | orderPlaced                | -",
        "onboardUser          | true  | user                | users                      | -",
        "sendPing             | false | class               | pings                      | Class",
    })
    void idsThatReadBackwardsFromTheGeneratedSideAreRenamed(String id, boolean sends, String messages, String channel,
            String expected) {
        assertThat(EventNames.derivedStem(id, sends, List.of(messages.split(";")), channel))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
