package vn.kiemtra.core.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemtra.AppContext;
import vn.kiemtra.core.inspection.Inspection;
import vn.kiemtra.core.inspection.InspectionStatus;
import vn.kiemtra.core.shared.DomainException;

/** Signing, locking, verifying, amending and attaching scans, on a real database file. */
class MinutesServiceTest {
  @TempDir Path dir;
  AppContext services;
  MinutesService minutes;
  Inspection seed;

  @BeforeEach
  void open() {
    services = AppContext.open(dir.resolve("db"));
    minutes = services.minutes();
    seed = MinutesTestData.importSeed(services);
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void signingStoresThePdfWithItsHashAndLocksTheInspection() {
    SignedMinutes signed = minutes.sign(seed.id(), MinutesOptions.standard());

    byte[] pdf = minutes.signedPdf(seed.id());
    assertThat(signed.pdfSha256()).isEqualTo(sha256(pdf)).matches("[0-9a-f]{64}");
    assertThat(signed.pdfSize()).isEqualTo(pdf.length);
    assertThat(signed.verificationCode())
        .isEqualTo(minutes.content(seed.id(), MinutesOptions.standard()).verificationCode());
    assertThat(services.inspections().require(seed.id()).inspection().status())
        .isEqualTo(InspectionStatus.SIGNED);

    Inspection edited =
        services.inspections().require(seed.id()).inspection().toBuilder()
            .unitResponse("Sửa sau khi ký")
            .build();
    assertThatThrownBy(() -> services.inspections().save(edited))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã ký biên bản")
        .hasMessageContaining("biên bản bổ sung");
  }

  @Test
  void signingTwiceIsRefusedAndNamesTheCode() {
    SignedMinutes signed = minutes.sign(seed.id(), MinutesOptions.standard());
    assertThatThrownBy(() -> minutes.sign(seed.id(), MinutesOptions.standard()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đã được đánh dấu đã ký")
        .hasMessageContaining(signed.verificationCode());
  }

  @Test
  void minutesWithoutEndTimeCannotBeSignedAndNothingIsStored() {
    services.inspections().save(seed.toBuilder().endedAt(null).build());
    assertThatThrownBy(() -> minutes.sign(seed.id(), MinutesOptions.standard()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("giờ kết thúc");
    assertThat(minutes.signed(seed.id())).isEmpty();
    assertThat(services.inspections().require(seed.id()).inspection().status())
        .isEqualTo(InspectionStatus.READY_TO_SIGN);
  }

  @Test
  void minutesWithoutRepresentativeCannotBeSigned() {
    services.inspections().save(seed.toBuilder().unitParticipants(java.util.List.of()).build());
    assertThatThrownBy(() -> minutes.sign(seed.id(), MinutesOptions.standard()))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("đại diện đơn vị");
  }

  @Test
  void verifyRecognisesTheSignedPdfAndAnIdenticalReRender() {
    SignedMinutes signed = minutes.sign(seed.id(), MinutesOptions.standard());
    VerificationResult stored = minutes.verify(minutes.signedPdf(seed.id()));
    assertThat(stored.identical()).contains(signed);
    assertThat(stored.codeInFile()).contains(signed.verificationCode());

    byte[] again = minutes.render(minutes.content(seed.id(), MinutesOptions.standard())).pdf();
    assertThat(minutes.verify(again).isIdentical()).isTrue();
  }

  @Test
  void verifyReportsATamperedFileAndTheCodeItCarries() {
    SignedMinutes signed = minutes.sign(seed.id(), MinutesOptions.standard());
    byte[] pdf = minutes.signedPdf(seed.id());
    byte[] tampered = Arrays.copyOf(pdf, pdf.length + 1);
    tampered[pdf.length] = '\n';
    VerificationResult result = minutes.verify(tampered);
    assertThat(result.isIdentical()).isFalse();
    assertThat(result.codeInFile()).contains(signed.verificationCode());
    assertThat(result.codeOwners()).containsExactly(signed);

    VerificationResult other = minutes.verify("%PDF-1.4 rác".getBytes(StandardCharsets.UTF_8));
    assertThat(other.isIdentical()).isFalse();
    assertThat(other.codeInFile()).isEmpty();
  }

  @Test
  void amendmentsNeedSignedMinutesAndAreNumbered() {
    assertThatThrownBy(() -> minutes.amend(seed.id(), request("Bổ sung")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("chưa được đánh dấu đã ký");
    SignedMinutes signed = minutes.sign(seed.id(), MinutesOptions.standard());

    MinutesAmendment first = minutes.amend(seed.id(), request("Điều chỉnh số liệu tại mục II."));
    MinutesAmendment second = minutes.amend(seed.id(), request("Bổ sung ý kiến của đơn vị."));
    assertThat(first.number()).isEqualTo(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(minutes.amendments(seed.id())).containsExactly(first, second);
    assertThatThrownBy(() -> minutes.amend(seed.id(), request("   ")))
        .hasMessageContaining("đang trống");

    MinutesContent content = minutes.amendmentContent(seed.id(), 2);
    assertThat(content.header().documentType()).isEqualTo("BIÊN BẢN BỔ SUNG");
    assertThat(content.header().placeAndDate()).endsWith("ngày 20 tháng 9 năm 2023");
    assertThat(content.body())
        .anySatisfy(b -> assertThat(b.text()).contains(signed.verificationCode()))
        .anySatisfy(
            b -> assertThat(b.text()).isEqualTo("09 giờ 15 phút, ngày 20 tháng 9 năm 2023."))
        .anySatisfy(
            b ->
                assertThat(b.lead() + " " + b.text())
                    .isEqualTo("Địa điểm: Trụ sở Ủy ban nhân dân (UBND) xã Mỹ An."))
        .anySatisfy(b -> assertThat(b.text()).isEqualTo("Bổ sung ý kiến của đơn vị."));
    assertThat(minutes.render(content).pageCount()).isPositive();
    assertThatThrownBy(() -> minutes.amendmentContent(seed.id(), 5))
        .hasMessageContaining("không có biên bản bổ sung số 5");
    assertThat(minutes.signedPdf(seed.id())).isEqualTo(minutes.signedPdf(seed.id()));
  }

  @Test
  void anAmendmentTakesTheTimeAndPlaceTheUserEntered() {
    minutes.sign(seed.id(), MinutesOptions.standard());
    assertThatThrownBy(
            () -> minutes.amend(seed.id(), new AmendmentRequest("Bổ sung.", null, "Trụ sở")))
        .hasMessage(
            "Chưa nhập thời gian lập biên bản bổ sung; hãy nhập giờ và ngày họp, ví dụ 09:30"
                + " 15/09/2023.");
    assertThatThrownBy(
            () ->
                minutes.amend(
                    seed.id(),
                    new AmendmentRequest("Bổ sung.", LocalDateTime.of(2023, 9, 20, 9, 0), " ")))
        .hasMessageStartingWith("Chưa nhập địa điểm lập biên bản bổ sung");
    assertThatThrownBy(
            () ->
                minutes.amend(
                    seed.id(),
                    new AmendmentRequest("Bổ sung.", LocalDateTime.of(2023, 9, 1, 9, 0), "Trụ sở")))
        .hasMessageStartingWith("Thời gian lập biên bản bổ sung (09:00 01/09/2023) sớm hơn");
    assertThat(minutes.amendments(seed.id())).isEmpty();

    MinutesAmendment a =
        minutes.amend(
            seed.id(),
            new AmendmentRequest(
                "Bổ sung.", LocalDateTime.of(2024, 2, 3, 14, 5, 37), "Hội trường Sở Nội vụ"));
    assertThat(a.heldAt()).isEqualTo(LocalDateTime.of(2024, 2, 3, 14, 5));
    assertThat(a.place()).isEqualTo("Hội trường Sở Nội vụ");
    String text =
        minutes.amendmentContent(seed.id(), 1).body().stream()
            .map(b -> (b.lead() == null ? "" : b.lead() + " ") + b.text())
            .reduce("", (x, y) -> x + "\n" + y);
    assertThat(text)
        .contains("Thời gian: 14 giờ 05 phút, ngày 03 tháng 02 năm 2024.")
        .contains("Địa điểm: Hội trường Sở Nội vụ.");
  }

  @Test
  void aScanOfTheSignedPaperIsAttachedOnce() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
    assertThatThrownBy(() -> minutes.attachScan(seed.id(), "bien-ban.png", png))
        .hasMessageContaining("chưa được đánh dấu đã ký");
    minutes.sign(seed.id(), MinutesOptions.standard());

    MinutesScan scan = minutes.attachScan(seed.id(), "bien-ban.png", png);
    assertThat(scan.mediaType()).isEqualTo("image/png");
    assertThat(minutes.scans(seed.id()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(scan.id());
              assertThat(s.sha256()).isEqualTo(sha256(png));
              assertThat(s.fileName()).isEqualTo("bien-ban.png");
            });
    assertThat(minutes.scanContent(scan.id())).hasValue(png);
    assertThatThrownBy(() -> minutes.attachScan(seed.id(), "ghi-chu.txt", "chữ".getBytes()))
        .hasMessageContaining("không phải PDF, JPEG hay PNG");
  }

  @Test
  void signedRecordAndAmendmentsSurviveReopening() {
    SignedMinutes signed = minutes.sign(seed.id(), MinutesOptions.standard());
    MinutesAmendment amendment = minutes.amend(seed.id(), request("Bổ sung."));
    services.close();
    services = AppContext.open(dir.resolve("db"));
    assertThat(services.minutes().signed(seed.id())).contains(signed);
    assertThat(services.minutes().amendments(seed.id())).containsExactly(amendment);
    assertThat(sha256(services.minutes().signedPdf(seed.id()))).isEqualTo(signed.pdfSha256());
  }

  private static AmendmentRequest request(String text) {
    return new AmendmentRequest(text, LocalDateTime.of(2023, 9, 20, 9, 15), "Trụ sở UBND xã Mỹ An");
  }

  /** SHA-256 in lower-case hex, computed here rather than with the application's own helper. */
  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
