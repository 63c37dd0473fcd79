// Create or edit a complaint post: name, address, coordinates (latitude/longitude) and phone.
import { Button, Group, Modal, NumberInput, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import { PostBody, type PostT } from "../contracts";
import { applyServerErrors, orNull, zodValidate } from "../lib/forms";
import { FormError } from "./FormError";

type Values = {
  name: string;
  address: string;
  latitude: number | string;
  longitude: number | string;
  phone: string;
  active: boolean;
};

const toNumber = (v: number | string) => (v === "" ? undefined : Number(v));
const toBody = (v: Values) => ({
  name: v.name.trim(),
  address: v.address.trim(),
  latitude: toNumber(v.latitude),
  longitude: toNumber(v.longitude),
  phone: orNull(v.phone),
});

type Props = { unitId: string; post?: PostT; onClose: () => void };

export function PostFormModal({ unitId, post, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: post?.name ?? "",
      address: post?.address ?? "",
      latitude: post?.latitude ?? "",
      longitude: post?.longitude ?? "",
      phone: post?.phone ?? "",
      active: post?.active ?? true,
    },
    validate: zodValidate(PostBody, toBody),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      post
        ? api<PostT>("PATCH", `/posts/${post.id}`, { ...toBody(values), active: values.active })
        : api<PostT>("POST", `/units/${unitId}/posts`, toBody(values)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.posts(unitId) });
      notifications.show({ color: "teduh", message: t("common.saved") });
      onClose();
    },
    onError: (err) => applyServerErrors(form, err),
  });

  return (
    <Modal opened onClose={onClose} title={post ? t("posts.edit") : t("posts.create")} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput label={t("posts.name")} required {...form.getInputProps("name")} />
          <Textarea label={t("fields.address")} autosize minRows={2} required {...form.getInputProps("address")} />
          <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
            <NumberInput
              label={t("posts.latitude")}
              decimalScale={6}
              step={0.0001}
              min={-11.5}
              max={6.5}
              required
              {...form.getInputProps("latitude")}
            />
            <NumberInput
              label={t("posts.longitude")}
              decimalScale={6}
              step={0.0001}
              min={94}
              max={141.5}
              required
              {...form.getInputProps("longitude")}
            />
          </Group>
          <TextInput label={t("fields.phone")} type="tel" {...form.getInputProps("phone")} />
          {post && <Switch label={t("common.active")} {...form.getInputProps("active", { type: "checkbox" })} />}
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
