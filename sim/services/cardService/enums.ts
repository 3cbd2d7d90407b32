// CardService enums as frozen name→name objects; the JSON builders map a few names onto card.proto's.

function enumOf<const K extends string>(...names: K[]): Readonly<{ [P in K]: P }> {
  const out = {} as { [P in K]: P };
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

export const TextButtonStyle = enumOf('OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS');
export const ImageStyle = enumOf('SQUARE', 'CIRCLE');
export const SelectionInputType = enumOf('CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT');
export const SwitchControlType = enumOf('SWITCH', 'CHECK_BOX');
export const LoadIndicator = enumOf('SPINNER', 'NONE');
export const OpenAs = enumOf('FULL_SIZE', 'OVERLAY');
/** RELOAD_ADD_ON is deprecated and has no card.proto name: it is sent as RELOAD. */
export const OnClose = enumOf('NOTHING', 'RELOAD', 'RELOAD_ADD_ON');
export const DisplayStyle = enumOf('PEEK', 'REPLACE');
export const ComposedEmailType = enumOf('REPLY_AS_DRAFT', 'STANDALONE_DRAFT');
export const ContentType = enumOf('TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML');
export const UpdateDraftBodyType = enumOf('IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END');
/** The built-in icons; their names are card.proto's `knownIcon` values. */
export const Icon = enumOf(
  'AIRPLANE',
  'BOOKMARK',
  'BUS',
  'CAR',
  'CLOCK',
  'CONFIRMATION_NUMBER_ICON',
  'DOLLAR',
  'DESCRIPTION',
  'EMAIL',
  'EVENT_PERFORMER',
  'EVENT_SEAT',
  'FLIGHT_ARRIVAL',
  'FLIGHT_DEPARTURE',
  'HOTEL',
  'HOTEL_ROOM_TYPE',
  'INVITE',
  'MAP_PIN',
  'MEMBERSHIP',
  'MULTIPLE_PEOPLE',
  'OFFER',
  'PERSON',
  'PHONE',
  'RESTAURANT_ICON',
  'SHOPPING_CART',
  'STAR',
  'STORE',
  'TICKET',
  'TRAIN',
  'VIDEO_CAMERA',
  'VIDEO_PLAY',
);

export const ENUMS = {
  TextButtonStyle,
  ImageStyle,
  SelectionInputType,
  SwitchControlType,
  LoadIndicator,
  OpenAs,
  OnClose,
  DisplayStyle,
  ComposedEmailType,
  ContentType,
  UpdateDraftBodyType,
  Icon,
} as const;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<N extends EnumName> = keyof (typeof ENUMS)[N];
